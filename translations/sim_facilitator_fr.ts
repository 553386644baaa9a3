<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../sim_facilitator/ui/record/actions_view.py" line="+87"/>
        <source>No action yet. Add one here, or turn an idea or a cluster into an action.</source>
        <translation>Aucune action pour l&apos;instant. Ajoutez-en une ici, ou transformez une idée ou un regroupement en action.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the status</source>
        <translation>Afficher le statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the principle</source>
        <translation>Afficher le principe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text or organisation</source>
        <translation>Texte ou organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;idea or cluster:</source>
        <translation>À partir d&apos;une &amp;idée ou d&apos;un groupe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create action from it</source>
        <translation>&amp;En faire une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New action</source>
        <translation>&amp;Nouvelle action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner organisation:</source>
        <translation>&amp;Organisation responsable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Principles served:</source>
        <translation>&amp;Principes servis :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete this action</source>
        <translation>&amp;Supprimer cette action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All principles</source>
        <translation>Tous les principes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No action serves: %1</source>
        <translation>Aucune action ne sert : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every principle is served by at least one action.</source>
        <translation>Chaque principe est servi par au moins une action.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
</context>
<context>
    <name>AgendaTimer</name>
    <message>
        <location filename="../sim_facilitator/ui/capture/agenda_timer.py" line="+193"/>
        <source>No agenda items yet.</source>
        <translation>Aucun point à l&apos;ordre du jour pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agenda is over.</source>
        <translation>L&apos;ordre du jour est terminé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{number} of {total}</source>
        <translation>{number} sur {total}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left for this item</source>
        <translation>Temps restant pour ce point</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time is up for {title}</source>
        <translation>Le temps est écoulé pour {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time is up: {overrun} over</source>
        <translation>Le temps est écoulé : {overrun} de dépassement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the timer of the current agenda item</source>
        <translation>Démarrer le minuteur du point en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this item and start the next one</source>
        <translation>Terminer ce point et passer au suivant</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../sim_facilitator/app.py" line="+75"/>
        <source>Something went wrong. Everything shown as saved is safe. The details were written to {path}.</source>
        <translation>Une erreur inattendue s&apos;est produite. Tout ce qui a été affiché comme enregistré est en sécurité. Les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SIM Facilitator</source>
        <translation>SIM Facilitateur</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/backups_dialog.py" line="+49"/>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is made each time the app opens and before every import. Restoring one replaces the current data; the current data is itself kept as a backup first, so a restore can be undone.</source>
        <translation>Une sauvegarde est faite à chaque ouverture de l&apos;application et avant chaque import. En restaurer une remplace les données actuelles ; celles-ci sont d&apos;abord elles-mêmes sauvegardées, si bien qu&apos;une restauration peut être annulée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore the selected backup</source>
        <translation>&amp;Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>when the app opened</source>
        <translation>à l&apos;ouverture de l&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — damaged, cannot be restored</source>
        <translation>%1 — endommagée, impossible à restaurer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — %n workshop(s)</source>
        <translation>
            <numerusform>%1 — %n atelier</numerusform>
            <numerusform>%1 — %n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data on this laptop will be replaced by the backup of %1.</source>
        <translation>Les données de cet ordinateur seront remplacées par la sauvegarde du %1.</translation>
    </message>
</context>
<context>
    <name>BallotCount</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/votes/ballot_count.py" line="+35"/>
        <source>%Ln ballot(s) received</source>
        <translation>
            <numerusform>%Ln bulletin reçu</numerusform>
            <numerusform>%Ln bulletins reçus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotScreen</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/ballot_screen.py" line="+199"/>
        <source>Secret ballot</source>
        <translation>Vote à bulletin secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass the laptop to the next voter</source>
        <translation>Passez l&apos;ordinateur à la personne suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am ready to vote</source>
        <translation>Je suis prêt·e à voter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is voting?</source>
        <translation>Qui vote ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My name (checked in)</source>
        <translation>Mon nom (enregistré à l&apos;accueil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or my one-time number</source>
        <translation>ou mon numéro à usage unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 482913</source>
        <translation>ex. 482913</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel, vote later</source>
        <translation>Annuler, voter plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review my ballot</source>
        <translation>Relire mon bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this your ballot?</source>
        <translation>Est-ce bien votre bulletin ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm my vote</source>
        <translation>Confirmer mon vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have already voted: this ballot will replace your earlier one.</source>
        <translation>Vous avez déjà voté : ce bulletin remplacera le précédent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Ballots cast: %1</source>
        <translation>Bulletins déposés : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vote is not open.</source>
        <translation>Ce vote n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose your name or type your one-time number.</source>
        <translation>Choisissez votre nom ou tapez votre numéro à usage unique.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 dots to give, at most %2 per option. Dots left: %3.</source>
        <translation>%1 gommettes à donner, au plus %2 par option. Gommettes restantes : %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick every option you support.</source>
        <translation>Cochez chaque option que vous soutenez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give rank 1 to your favourite; you may rank only some options.</source>
        <translation>Donnez le rang 1 à votre option préférée ; vous pouvez n&apos;en classer que certaines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score the options you wish from 1 (weak) to 5 (strong).</source>
        <translation>Notez les options de votre choix de 1 (faible) à 5 (fort).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A blank ballot (no choice).</source>
        <translation>Un bulletin blanc (aucun choix).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thank you. Your ballot replaced your earlier one.</source>
        <translation>Merci. Votre bulletin a remplacé le précédent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Your ballot is recorded.</source>
        <translation>Merci. Votre bulletin est enregistré.</translation>
    </message>
</context>
<context>
    <name>BidiNotice</name>
    <message>
        <location filename="../sim_facilitator/ui/common/bidi_notice.py" line="+19"/>
        <source>Direction controls removed</source>
        <translation>Caractères de direction retirés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved without its invisible direction controls, which could have shown the text in another order than it was typed.</source>
        <translation>Enregistré sans ses caractères invisibles de direction, qui auraient pu afficher le texte dans un autre ordre que celui de sa saisie.</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../sim_facilitator/ui/capture/capture_view.py" line="+161"/>
        <source>No idea to show. Type one in the box below and press Enter.</source>
        <translation>Aucune idée à afficher. Saisissez-en une dans la zone ci-dessous et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Capture — note-taker</source>
        <translation>Saisie — rapporteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capture</source>
        <translation>Saisie des idées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter ideas ({keys})</source>
        <translation>Filtrer les idées ({keys})</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/question_author_picker.py" line="+71"/>
        <source>&amp;Question ({keys}):</source>
        <translation>&amp;Question ({keys}) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Author ({keys}):</source>
        <translation>&amp;Auteur ({keys}) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional — type a name</source>
        <translation>facultatif — tapez un nom</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/capture_view.py" line="+3"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/idea_entry.py" line="+37"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Type an idea. Enter saves it, Shift+Enter starts a new line.</source>
        <translation>Tapez une idée. Entrée l&apos;enregistre, Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/capture_view.py" line="+1"/>
        <source>Note-taker mode</source>
        <translation>Mode rapporteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only capture ({keys})</source>
        <translation>N&apos;afficher que la saisie ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small window</source>
        <translation>Petite fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture in a small window that stays on top ({keys})</source>
        <translation>Saisir dans une petite fenêtre qui reste au premier plan ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/question_author_picker.py" line="+9"/>
        <source>(no question) — {keys}</source>
        <translation>(sans question) — {keys}</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/capture_view.py" line="+46"/>
        <source>No participant present is called “{name}”. Choose a name from the list.</source>
        <translation>Aucun participant présent ne s&apos;appelle « {name} ». Choisissez un nom dans la liste.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Idea saved: %n idea(s) in all.</source>
        <translation>
            <numerusform>Idée enregistrée : %n idée en tout.</numerusform>
            <numerusform>Idée enregistrée : %n idées en tout.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. The filter hides it.</source>
        <translation>Enregistrée. Le filtre la masque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved without its invisible direction controls, which could have shown the text in another order than it was typed.</source>
        <translation>Enregistrée sans ses caractères invisibles de direction, qui auraient pu afficher le texte dans un autre ordre que celui de sa saisie.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Deleted %n idea(s). {keys} undoes it.</source>
        <translation>
            <numerusform>%n idée supprimée. {keys} l&apos;annule.</numerusform>
            <numerusform>%n idées supprimées. {keys} l&apos;annule.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Photos of the flipchart</source>
        <translation>Photos du tableau de papier</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Ajout de %n photo…</numerusform>
            <numerusform>Ajout de %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Photos of the question: {question}</source>
        <translation>Photos de la question : {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos attached to no question, table or cluster</source>
        <translation>Photos rattachées à aucune question, table ni groupe</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Typing from {photo}</source>
        <translation>Saisie depuis {photo}</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln idea(s)</source>
        <translation>
            <numerusform>%Ln idée</numerusform>
            <numerusform>%Ln idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affichée</numerusform>
            <numerusform>%Ln affichées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/table_picker.py" line="+45"/>
        <source>&amp;Table ({keys}):</source>
        <translation>&amp;Table ({keys}) :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no table)</source>
        <translation>(aucune table)</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/photo_picker.py" line="+69"/>
        <source>Typing from &amp;photo ({keys}):</source>
        <translation>Saisie depuis la &amp;photo ({keys}) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the current question&apos;s flipchart (or drop picture files on this screen)</source>
        <translation>Photos du tableau de papier de la question en cours (ou déposez des fichiers d&apos;images sur cet écran)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The current question&apos;s photos, large: caption or remove them</source>
        <translation>Les photos de la question en cours, en grand : les légender ou les retirer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no photo)</source>
        <translation>(aucune photo)</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../sim_facilitator/ui/checkin/checkin_view.py" line="+171"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New participant: type the name and press Enter. Only the name is required.</source>
        <translation>Nouveau participant : tapez le nom et appuyez sur Entrée. Seul le nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Name or pseudonym</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender (optional)</source>
        <translation>Genre (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (optional)</source>
        <translation>Âge (facultatif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Named in minutes</source>
        <translation>Nommé au PV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person agrees to appear by name in the minutes; otherwise a pseudonym.</source>
        <translation>La personne accepte d&apos;apparaître nommément au procès-verbal ; sinon, un pseudonyme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Find a participant…</source>
        <translation>Rechercher un participant…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No participant yet. Type a name above and press Enter, or import the invitation list (CSV).</source>
        <translation>Aucun participant pour l&apos;instant. Tapez un nom ci-dessus et appuyez sur Entrée, ou importez la liste des invités (CSV).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Import a list (CSV)…</source>
        <translation>Importer une liste (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Erase this participant…</source>
        <translation>Effacer ce participant…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Erase this participant</source>
        <translation>Effacer ce participant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the person&apos;s request: erase their name everywhere, for good.</source>
        <translation>À la demande de la personne : effacer son nom partout, définitivement.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>label and count</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present: %1 of %2</source>
        <translation>Présents : %1 sur %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Invitation list</source>
        <translation>Liste des invités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ClusterBoard</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/cluster_board.py" line="+172"/>
        <source>Clusters</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+236"/>
        <source>Group into a new cluster</source>
        <translation>Regrouper dans un nouveau groupe</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+277"/>
        <source>Rename cluster</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Move to the cluster on the left</source>
        <translation>Déplacer vers le groupe de gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the cluster on the right</source>
        <translation>Déplacer vers le groupe de droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+316"/>
        <source>Move to cluster…</source>
        <translation>Déplacer vers un groupe…</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+254"/>
        <source>Split into a new cluster</source>
        <translation>Scinder dans un nouveau groupe</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Dissolve cluster</source>
        <translation>Dissoudre le groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge as duplicates</source>
        <translation>Fusionner comme doublons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos of the cluster…</source>
        <translation>Photos du groupe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See, add, caption or remove the photos of the cluster (or drop picture files on its column)</source>
        <translation>Voir, ajouter, légender ou retirer les photos du groupe (ou déposez des fichiers d&apos;images sur sa colonne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag ideas between clusters, or use the keyboard: Tab to change column, Ctrl+G to group, F2 to rename, Ctrl+Left/Right to move, Ctrl+Z to undo.</source>
        <translation>Glissez les idées d&apos;un groupe à l&apos;autre, ou utilisez le clavier : Tab pour changer de colonne, Ctrl+G pour regrouper, F2 pour renommer, Ctrl+Gauche/Droite pour déplacer, Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop ideas, or a cluster&apos;s name, on a principle to map them to it (keyboard: Alt+1…9 for the selected ideas, Ctrl+Alt+1…9 for the cluster):</source>
        <translation>Déposez des idées, ou le nom d&apos;un groupe, sur un principe pour les y rattacher (clavier : Alt+1…9 pour les idées sélectionnées, Ctrl+Alt+1…9 pour le groupe) :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not in a cluster</source>
        <translation>Hors groupe</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No idea to organise yet. Capture ideas first; they arrive here, ready to be grouped into clusters.</source>
        <translation>Aucune idée à organiser pour l&apos;instant. Saisissez d&apos;abord des idées : elles arrivent ici, prêtes à être réparties en groupes.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+12"/>
        <source>Photos of the cluster</source>
        <translation>Photos du groupe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Photos of the cluster: {name}</source>
        <translation>Photos du groupe : {name}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name of the cluster:</source>
        <translation>Nom du groupe :</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Cluster %n</source>
        <translation>
            <numerusform>Groupe %n</numerusform>
            <numerusform>Groupe %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>group ideas</source>
        <translation>regrouper des idées</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>split a cluster</source>
        <translation>scinder un groupe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rename a cluster</source>
        <translation>renommer un groupe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dissolve a cluster</source>
        <translation>dissoudre un groupe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move ideas</source>
        <translation>déplacer des idées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cluster:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>merge ideas</source>
        <translation>fusionner des idées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>map a cluster to a principle</source>
        <translation>rattacher un groupe à un principe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>map ideas to a principle</source>
        <translation>rattacher des idées à un principe</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/organise/cluster_column.py" line="+119"/>
        <source>Photos of the cluster {name}</source>
        <translation>Photos du groupe {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the photos…</source>
        <translation>Voir les photos…</translation>
    </message>
</context>
<context>
    <name>ClusterColumn</name>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/conflicts_view.py" line="+116"/>
        <source>shown now</source>
        <translation>affiché maintenant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>laptop %1</source>
        <translation>ordinateur %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting fields and their values</source>
        <translation>Champs en conflit et leurs valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two laptops changed these fields at the same time. Choose the value to keep, or write a new one; the choice reaches the other laptops with the next bundle.</source>
        <translation>Deux ordinateurs ont modifié ces champs en même temps. Choisissez la valeur à garder, ou écrivez-en une nouvelle ; ce choix parviendra aux autres ordinateurs avec le prochain paquet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record and field</source>
        <translation>Enregistrement et champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this value</source>
        <translation>Garder cette valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or write a new value…</source>
        <translation>Ou écrivez une nouvelle valeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the new value</source>
        <translation>Utiliser la nouvelle valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every laptop agrees.</source>
        <translation>Aucun conflit : tous les ordinateurs sont d&apos;accord.</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+67"/>
        <source>made on this laptop</source>
        <translation>fait sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trusted</source>
        <translation>reconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not trusted</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown laptop</source>
        <translation>ordinateur inconnu</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/shared_ideas_page.py" line="+46"/>
        <source>%1 workshops</source>
        <translation>%1 ateliers</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Confirmed cross-workshop clusters: %1</source>
        <translation>Regroupements inter-ateliers confirmés : %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cross-workshop cluster</source>
        <translation>Regroupement inter-ateliers</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coordinator_view.py" line="+157"/>
        <source>Import every bundle of a folder</source>
        <translation>Importer tous les paquets d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIM bundles (*.simbundle)</source>
        <translation>Paquets SIM (*.simbundle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+54"/>
        <location line="+22"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>There is no bundle (.simbundle file) in %1.</source>
        <translation>Il n&apos;y a aucun paquet (fichier .simbundle) dans %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking and importing bundles…</source>
        <translation>Vérification et import des paquets…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Laptops not seen before</source>
        <translation>Ordinateurs jamais vus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept these laptops? Compare each fingerprint with the one shown on the laptop.

%1</source>
        <translation>Accepter ces ordinateurs ? Comparez chaque empreinte avec celle affichée sur l&apos;ordinateur.

%1</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/import_report_page.py" line="+68"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>laptop not accepted yet</source>
        <translation>ordinateur pas encore accepté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 changes dated more than a day ahead were set aside (check that laptop&apos;s clock).</source>
        <translation>%1 modifications datées de plus d&apos;un jour dans le futur ont été mises de côté (vérifiez l&apos;horloge de cet ordinateur).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already imported before</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 conflicts to review</source>
        <translation>%1 conflits à examiner</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coordinator_view.py" line="+35"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/import_report_page.py" line="+23"/>
        <source>Import report, one line per file</source>
        <translation>Rapport d&apos;import, une ligne par fichier</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/shared_ideas_page.py" line="+8"/>
        <source>Suggested shared ideas</source>
        <translation>Idées communes suggérées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed shared ideas</source>
        <translation>Idées communes confirmées</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coordinator_view.py" line="+2"/>
        <source>This laptop&apos;s fingerprint: %1</source>
        <translation>Empreinte de cet ordinateur : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a folder of bundles…</source>
        <translation>Importer un dossier de paquets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles…</source>
        <translation>Importer des paquets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept laptops not seen before without asking</source>
        <translation>Accepter sans demander les ordinateurs jamais vus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when you received these files from the facilitators in person: the sources list shows each laptop&apos;s fingerprint.</source>
        <translation>Seulement si vous avez reçu ces fichiers des facilitateurs en main propre : la liste des sources montre l&apos;empreinte de chaque ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National synthesis (PDF)…</source>
        <translation>Synthèse nationale (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+14"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/import_report_page.py" line="-67"/>
        <source>No bundle imported yet. Import the bundles sent back from the workshops, one by one or a whole folder: each file gets a line here.</source>
        <translation>Aucun paquet importé pour l&apos;instant. Importez les paquets revenus des ateliers, un par un ou tout un dossier : chaque fichier aura ici sa ligne.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="-52"/>
        <source>No workshop received yet. Each imported workshop is listed here with its region, facilitator and the fingerprint of the laptop it came from.</source>
        <translation>Aucun atelier reçu pour l&apos;instant. Chaque atelier importé figure ici avec sa région, son facilitateur et l&apos;empreinte de l&apos;ordinateur dont il vient.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coordinator_view.py" line="+1"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared ideas</source>
        <translation>Idées communes</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/import_report_page.py" line="+70"/>
        <source>One line per file. A file from a laptop not seen before is not imported until you accept that laptop.</source>
        <translation>Une ligne par fichier. Le fichier d&apos;un ordinateur jamais vu n&apos;est importé qu&apos;une fois cet ordinateur accepté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+65"/>
        <source>Laptop fingerprint</source>
        <translation>Empreinte de l&apos;ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept these laptops and import their files…</source>
        <translation>Accepter ces ordinateurs et importer leurs fichiers…</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="-11"/>
        <source>Each workshop with the laptop it came from. A laptop marked not trusted reached this database only inside another laptop&apos;s bundle.</source>
        <translation>Chaque atelier avec l&apos;ordinateur d&apos;où il vient. Un ordinateur « non reconnu » n&apos;est arrivé ici que dans le paquet d&apos;un autre ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/shared_ideas_page.py" line="+12"/>
        <location line="+8"/>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+1"/>
        <source>Facilitator</source>
        <translation>Facilitateur·rice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/shared_ideas_page.py" line="-17"/>
        <source>Alike ideas from different workshops. Confirm a group to count it as one shared idea; each idea stays in its workshop.</source>
        <translation>Idées semblables venant d&apos;ateliers différents. Confirmez un groupe pour le compter comme une idée commune ; chaque idée reste dans son atelier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Alike</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm as a cross-workshop cluster</source>
        <translation>Confirmer comme regroupement inter-ateliers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo this cluster</source>
        <translation>Défaire ce regroupement</translation>
    </message>
</context>
<context>
    <name>CoverageHeatmap</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coverage_heatmap.py" line="+38"/>
        <source>Coverage of the principles by workshop</source>
        <translation>Couverture des principes par atelier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each cell gives the number of ideas serving the principle and their total strength</source>
        <translation>Chaque case donne le nombre d&apos;idées qui servent le principe et leur force totale</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This workshop uses another framework</source>
        <translation>Cet atelier utilise un autre cadre</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/coverage_view.py" line="+57"/>
        <source>No principle to cover yet. Choose the framework of principles in Set-up, then map ideas and clusters to its principles.</source>
        <translation>Aucun principe à couvrir pour l&apos;instant. Choisissez le référentiel de principes dans Préparation, puis rattachez les idées et les groupes à ses principes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total strength</source>
        <translation>Force totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing serves this principle</source>
        <translation>Rien ne sert ce principe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Served</source>
        <translation>Servi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This workshop has no principles yet.</source>
        <translation>Cet atelier n&apos;a pas encore de principes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Principles that nothing serves yet: %1</source>
        <translation>Principes que rien ne sert encore : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every principle is served by at least one idea or cluster.</source>
        <translation>Chaque principe est servi par au moins une idée ou un groupe.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/checkin/csv_import_dialog.py" line="+99"/>
        <source>Import an invitation list</source>
        <translation>Importer une liste d&apos;invités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — encoding %2, columns separated by %3.</source>
        <translation>%1 — encodage %2, colonnes séparées par %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or pseudonym:</source>
        <translation>Nom ou pseudonyme :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of actor:</source>
        <translation>Type d&apos;acteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender:</source>
        <translation>Genre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age:</source>
        <translation>Âge :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to be named:</source>
        <translation>Accord pour être nommé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present:</source>
        <translation>Présent :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark everyone as present</source>
        <translation>Marquer tout le monde présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 participants will be added.</source>
        <translation>%1 participants seront ajoutés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows cannot be read and will be left out:</source>
        <translation>%1 lignes ne peuvent pas être lues et seront laissées de côté :</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/dashboard_view.py" line="+146"/>
        <source>National dashboard</source>
        <translation>Tableau de bord national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only between</source>
        <translation>Uniquement entre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations represented</source>
        <translation>Organisations représentées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender balance (where recorded)</source>
        <translation>Équilibre femmes-hommes (quand il est renseigné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas per principle, by workshop</source>
        <translation>Idées par principe, par atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-voted ideas and clusters</source>
        <translation>Idées et groupes les plus votés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points per voter: each option&apos;s points divided by the ballots cast in its round, so workshops of different sizes compare fairly.</source>
        <translation>Points par votant : les points de chaque option divisés par les bulletins déposés dans son tour, pour comparer équitablement des ateliers de tailles différentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action items, all workshops</source>
        <translation>Actions, tous ateliers confondus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By principle</source>
        <translation>Par principe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By owner organisation</source>
        <translation>Par organisation responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month due</source>
        <translation>Par mois d&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework version</source>
        <translation>Version du cadre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All framework versions</source>
        <translation>Toutes les versions du cadre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No action serves: %1</source>
        <translation>Aucune action ne sert : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every principle is served by at least one action.</source>
        <translation>Chaque principe est servi par au moins une action.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../sim_facilitator/ui/record/decisions_view.py" line="+110"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole workshop</source>
        <translation>Tout l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decisions:</source>
        <translation>&amp;Décisions :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Point de l&apos;ordre du jour :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ecisions:</source>
        <translation>Déc&amp;isions :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>Rés&amp;umé :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agenda item yet. Add the agenda in Set-up to note decisions and a summary item by item; the whole workshop&apos;s go above.</source>
        <translation>Aucun point à l&apos;ordre du jour pour l&apos;instant. Ajoutez l&apos;ordre du jour dans Préparation pour noter décisions et résumé point par point ; ceux de l&apos;atelier entier se notent ci-dessus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything you type here is saved as you go.</source>
        <translation>Tout ce que vous tapez ici est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions of the whole workshop</source>
        <translation>Décisions de tout l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of the whole workshop</source>
        <translation>Résumé de tout l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions of the agenda item</source>
        <translation>Décisions du point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of the agenda item</source>
        <translation>Résumé du point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../sim_facilitator/ui/setup/details_form.py" line="+100"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note-takers:</source>
        <translation>&amp;Rapporteurs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;language:</source>
        <translation>&amp;Langue de travail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names separated by commas</source>
        <translation>Noms séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation>Chaque modification est enregistrée dès que vous quittez le champ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no region)</source>
        <translation>(aucune région)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>(non précisée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/duplicates_view.py" line="+88"/>
        <source>No suggested duplicate: no two ideas have the same or nearly the same text.</source>
        <translation>Aucun doublon suggéré : aucune idée n&apos;a le même texte, ou presque, qu&apos;une autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No merged idea yet. Merge a suggestion above, or select ideas on the cluster board and press Ctrl+Shift+M.</source>
        <translation>Aucune idée fusionnée pour l&apos;instant. Fusionnez une suggestion ci-dessus, ou sélectionnez des idées dans le tableau des groupes et appuyez sur Ctrl+Maj+M.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested duplicates (same or nearly the same text): confirm or dismiss</source>
        <translation>Doublons suggérés (texte identique ou presque) : confirmez ou écartez</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Written</source>
        <translation>Écrite</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Merge (keep the selected or oldest idea)</source>
        <translation>&amp;Fusionner (garder l&apos;idée sélectionnée ou la plus ancienne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Pas des doublons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged ideas: every original text, author and time is kept</source>
        <translation>Idées fusionnées : chaque texte d&apos;origine, son auteur et son heure sont conservés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unmerge the selected idea</source>
        <translation>&amp;Défusionner l&apos;idée sélectionnée</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n ideas, %1% alike</source>
        <translation>
            <numerusform>%n idée, semblable à %1 %</numerusform>
            <numerusform>%n idées, semblables à %1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseParticipantDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/checkin/erase_participant_dialog.py" line="+39"/>
        <source>Erase a participant</source>
        <translation>Effacer un participant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase “%1” for good, as they asked?</source>
        <translation>Effacer « %1 » définitivement, comme la personne l&apos;a demandé ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their name, organisation, kind of actor, gender and age band are erased from this laptop: from the list, from the history of changes and from the older backups.</source>
        <translation>Son nom, son organisation, son type d&apos;acteur, son genre et sa tranche d&apos;âge sont effacés de cet ordinateur : de la liste, de l&apos;historique des modifications et des sauvegardes antérieures.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their ideas are kept, without an author.</source>
        <translation>Ses idées sont conservées, sans auteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other laptops erase them too when they import a bundle exported from this laptop from now on.</source>
        <translation>Les autres ordinateurs l&apos;effacent aussi dès qu&apos;ils importent un paquet exporté de cet ordinateur après cet effacement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes, CSV files and bundles exported before now are files outside the app: delete them yourself.</source>
        <translation>Les procès-verbaux, fichiers CSV et paquets exportés jusqu&apos;ici sont des fichiers hors de l&apos;application : supprimez-les vous-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What erasing does</source>
        <translation>Ce que fait l&apos;effacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../sim_facilitator/export/pdf/fonts.py" line="+29"/>
        <source>The font file {file} is missing from {folder}; reinstall SIM Facilitator or copy the font back, then try again.</source>
        <translation>Le fichier de police {file} manque dans {folder} ; réinstallez SIM Facilitateur ou remettez la police en place, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The font file {file} cannot be read ({reason}); reinstall SIM Facilitator.</source>
        <translation>Le fichier de police {file} est illisible ({reason}) ; réinstallez SIM Facilitateur.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/minutes/document.py" line="+44"/>
        <source>“{lang}” is not a language of the minutes; choose ar, fr, en or ar+fr.</source>
        <translation>« {lang} » n&apos;est pas une langue du procès-verbal ; choisissez ar, fr, en ou ar+fr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes cannot be written to {path}: {reason}</source>
        <translation>Le procès-verbal ne peut pas être écrit dans {path} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes written to {path} did not read back correctly; nothing was kept.</source>
        <translation>Le procès-verbal écrit dans {path} ne s&apos;est pas relu correctement ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/common/error_message.py" line="+13"/>
        <source>planned minutes</source>
        <translation>minutes prévues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator</source>
        <translation>facilitateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what</source>
        <translation>action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This was not saved</source>
        <translation>Ceci n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/bundle/format.py" line="+113"/>
        <source>The file does not exist or cannot be opened.</source>
        <translation>Le fichier n&apos;existe pas ou ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a bundle ({size} bytes; at most {limit} bytes).</source>
        <translation>Le fichier est trop volumineux pour être un paquet ({size} octets ; au plus {limit} octets).</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/csv_import.py" line="+28"/>
        <location filename="../sim_facilitator/export/bundle/format.py" line="+3"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/bundle/format.py" line="+1"/>
        <source>This file is not a bundle: it is not a readable zip archive.</source>
        <translation>Ce fichier n&apos;est pas un paquet : ce n&apos;est pas une archive zip lisible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is damaged or incomplete: its archive cannot be read.</source>
        <translation>Le paquet est endommagé ou incomplet : son archive est illisible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains an unexpected file “{name}”.</source>
        <translation>Le paquet contient un fichier inattendu « {name} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is missing its “{name}” part.</source>
        <translation>Il manque au paquet sa partie « {name} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains the part “{name}” more than once.</source>
        <translation>Le paquet contient la partie « {name} » plus d&apos;une fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a file with an absolute path (“{name}”).</source>
        <translation>Le paquet contient un fichier avec un chemin absolu (« {name} »).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a file whose path leaves its folder (“{name}”).</source>
        <translation>Le paquet contient un fichier dont le chemin sort de son dossier (« {name} »).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a file name with a backslash (“{name}”).</source>
        <translation>Le paquet contient un nom de fichier avec une barre oblique inverse (« {name} »).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a file name with a NUL character.</source>
        <translation>Le paquet contient un nom de fichier avec un caractère NUL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a symbolic link (“{name}”), which bundles never do.</source>
        <translation>Le paquet contient un lien symbolique (« {name} »), ce que les paquets ne font jamais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a folder entry (“{name}”), which bundles never do.</source>
        <translation>Le paquet contient une entrée de dossier (« {name} »), ce que les paquets ne font jamais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains an encrypted part (“{name}”), which bundles never do.</source>
        <translation>Le paquet contient une partie chiffrée (« {name} »), ce que les paquets ne font jamais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part uses an unsupported compression method ({method}).</source>
        <translation>La partie « {name} » du paquet utilise une méthode de compression non prise en charge ({method}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part is too large once unpacked (more than {limit} bytes).</source>
        <translation>La partie « {name} » du paquet est trop volumineuse une fois décompressée (plus de {limit} octets).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part unpacks to more than {ratio} times its size, like a zip bomb.</source>
        <translation>La partie « {name} » du paquet se décompresse à plus de {ratio} fois sa taille, comme une bombe zip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s parts overlap inside the archive, a trick used by zip bombs.</source>
        <translation>Les parties du paquet se chevauchent dans l&apos;archive, une ruse des bombes zip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s “{name}” part has a damaged or inconsistent header.</source>
        <translation>La partie « {name} » du paquet a un en-tête endommagé ou incohérent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s archive does not follow the bundle layout (odd headers or extra bytes).</source>
        <translation>L&apos;archive du paquet ne suit pas la structure des paquets (en-têtes étranges ou octets en trop).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part does not have the size its header declares.</source>
        <translation>La partie « {name} » du paquet n&apos;a pas la taille déclarée par son en-tête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part is corrupted (its checksum does not match).</source>
        <translation>La partie « {name} » du paquet est corrompue (sa somme de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s “{name}” part is corrupted and cannot be unpacked.</source>
        <translation>La partie « {name} » du paquet est corrompue et ne peut pas être décompressée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s manifest is not valid strict JSON.</source>
        <translation>Le manifeste du paquet n&apos;est pas du JSON strict valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s manifest is not a JSON object.</source>
        <translation>Le manifeste du paquet n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s manifest is not in canonical form.</source>
        <translation>Le manifeste du paquet n’est pas sous forme canonique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a SIM Facilitator bundle.</source>
        <translation>Ce fichier n&apos;est pas un paquet SIM Facilitateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s format version “{version}” is not valid.</source>
        <translation>La version de format du paquet « {version} » n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle uses format {version} of a newer SIM Facilitator; update the app to import it.</source>
        <translation>Ce paquet utilise le format {version} d&apos;une version plus récente de SIM Facilitateur ; mettez l&apos;application à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle needs SIM Facilitator able to read format {version} or later; update the app.</source>
        <translation>Ce paquet exige un SIM Facilitateur capable de lire le format {version} ou ultérieur ; mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s manifest has a missing or invalid “{field}”.</source>
        <translation>Le manifeste du paquet a un champ « {field} » manquant ou invalide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s signature is damaged (it has the wrong length).</source>
        <translation>La signature du paquet est endommagée (longueur incorrecte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s signature does not match its contents: it was altered or damaged.</source>
        <translation>La signature du paquet ne correspond pas à son contenu : il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s data does not match the checksum in its manifest: it was altered.</source>
        <translation>Les données du paquet ne correspondent pas à la somme de contrôle de son manifeste : elles ont été modifiées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s packed data does not match the checksum in its manifest: it was altered.</source>
        <translation>Les données compressées du paquet ne correspondent pas à la somme de contrôle de son manifeste : elles ont été modifiées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s data does not have the size its manifest declares.</source>
        <translation>Les données du paquet n&apos;ont pas la taille déclarée par son manifeste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s data is cut off: its last line is incomplete.</source>
        <translation>Les données du paquet sont tronquées : leur dernière ligne est incomplète.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is empty.</source>
        <translation>La ligne {line} des données du paquet est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is too long.</source>
        <translation>La ligne {line} des données du paquet est trop longue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle holds too many changes (more than {limit}).</source>
        <translation>Le paquet contient trop de modifications (plus de {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle holds no changes.</source>
        <translation>Le paquet ne contient aucune modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is not valid UTF-8 text.</source>
        <translation>La ligne {line} des données du paquet n&apos;est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data repeats a key.</source>
        <translation>La ligne {line} des données du paquet répète une clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data holds NaN or infinity.</source>
        <translation>La ligne {line} des données du paquet contient NaN ou l&apos;infini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data holds a decimal number.</source>
        <translation>La ligne {line} des données du paquet contient un nombre décimal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is nested too deeply.</source>
        <translation>La ligne {line} des données du paquet est imbriquée trop profondément.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data holds a text that is too long.</source>
        <translation>La ligne {line} des données du paquet contient un texte trop long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data holds a broken character (a lone surrogate).</source>
        <translation>La ligne {line} des données du paquet contient un caractère cassé (un demi-substitut isolé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} of the bundle&apos;s data holds a number that is too large.</source>
        <translation>La ligne {line} des données du paquet contient un nombre trop grand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} of the bundle&apos;s data is not valid JSON.</source>
        <translation>La ligne {line} des données du paquet n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is not in canonical form.</source>
        <translation>La ligne {line} des données du paquet n&apos;est pas sous forme canonique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {line} of the bundle has a missing or invalid “{field}”.</source>
        <translation>La modification {line} du paquet a un champ « {field} » manquant ou invalide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {line} of the bundle has an unexpected part “{field}”.</source>
        <translation>La modification {line} du paquet a une partie inattendue « {field} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {line} of the bundle is out of order or repeated.</source>
        <translation>La modification {line} du paquet est hors d&apos;ordre ou répétée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {line} of the bundle is about an unknown kind of record (“{entity}”).</source>
        <translation>La modification {line} du paquet porte sur un type d&apos;enregistrement inconnu (« {entity} »).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change {line} of the bundle sets an unknown field “{field}” of a {entity}.</source>
        <translation>La modification {line} du paquet définit un champ inconnu « {field} » d&apos;un {entity}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change {line} of the bundle gives an invalid {field} to a {entity}.</source>
        <translation>La modification {line} du paquet donne un {field} invalide à un {entity}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kit carries {entity} records, which a kit never does (only workshop set-up).</source>
        <translation>Ce kit transporte des enregistrements {entity}, ce qu&apos;un kit ne fait jamais (seulement la préparation de l&apos;atelier).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s contents do not match the counts in its manifest.</source>
        <translation>Le contenu du paquet ne correspond pas aux nombres de son manifeste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle holds {found} changes but its manifest announces {expected}.</source>
        <translation>Le paquet contient {found} modifications mais son manifeste en annonce {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle carries redacted changes but does not say it needs a reader of format 1.1.</source>
        <translation>Le paquet contient des modifications anonymisées mais n’indique pas qu’il faut un lecteur du format 1.1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s content fingerprint does not match its data.</source>
        <translation>L&apos;empreinte du contenu du paquet ne correspond pas à ses données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle carries photos that its manifest does not announce.</source>
        <translation>Le paquet contient des photos que son manifeste n&apos;annonce pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s manifest announces photos that the bundle does not carry.</source>
        <translation>Le manifeste du paquet annonce des photos que le paquet ne contient pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s photos do not match the checksum in its manifest: they were altered.</source>
        <translation>Les photos du paquet ne correspondent pas à la somme de contrôle de son manifeste : elles ont été modifiées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s photos do not have the size, number or checksum its manifest declares.</source>
        <translation>Les photos du paquet n&apos;ont pas la taille, le nombre ou la somme de contrôle que déclare son manifeste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo {line} of the bundle is malformed.</source>
        <translation>La photo {line} du paquet est mal formée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo {line} of the bundle does not match its SHA-256: it was altered.</source>
        <translation>La photo {line} du paquet ne correspond pas à son SHA-256 : elle a été modifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo {line} of the bundle is out of order or repeated.</source>
        <translation>La photo {line} du paquet n&apos;est pas à sa place ou est répétée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle carries a photo that no photo record refers to.</source>
        <translation>Le paquet contient une photo à laquelle aucune fiche de photo ne renvoie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo record of the bundle refers to a picture the bundle does not carry, and its manifest does not say photos were left out.</source>
        <translation>Une fiche de photo du paquet renvoie à une image que le paquet ne contient pas, et son manifeste ne dit pas que les photos ont été laissées de côté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle carries photos but does not say it needs a reader of format 1.2.</source>
        <translation>Le paquet contient des photos mais ne dit pas qu&apos;il lui faut un lecteur du format 1.2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one workshop to export.</source>
        <translation>Choisissez au moins un atelier à exporter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This selection is too large for one bundle; export fewer workshops at a time.</source>
        <translation>Cette sélection est trop grande pour un seul paquet ; exportez moins d&apos;ateliers à la fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle written to disk could not be read back correctly; try another folder or USB stick.</source>
        <translation>Le paquet écrit sur le disque n&apos;a pas pu être relu correctement ; essayez un autre dossier ou une autre clé USB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle could not be written to this folder.</source>
        <translation>Le paquet n&apos;a pas pu être écrit dans ce dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup of the database could be made before importing, so nothing was imported.</source>
        <translation>Aucune sauvegarde de la base de données n&apos;a pu être faite avant l&apos;import : rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled before this file.</source>
        <translation>L&apos;importation a été annulée avant ce fichier.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/actions.py" line="+26"/>
        <source>Only the decisions and the summary can be written here.</source>
        <translation>Seuls les décisions et le résumé peuvent être écrits ici.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/backup.py" line="+26"/>
        <source>{name} is not a usable backup: {reason}.</source>
        <translation>{name} n&apos;est pas une sauvegarde utilisable : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {name} is damaged ({reason}); it was not opened for writing.</source>
        <translation>La base de données {name} est endommagée ({reason}) ; elle n&apos;a pas été ouverte en écriture.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/csv_import.py" line="+1"/>
        <source>Choose which column holds the names.</source>
        <translation>Choisissez la colonne qui contient les noms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: no name.</source>
        <translation>Ligne {line} : pas de nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: a value is longer than {limit} characters.</source>
        <translation>Ligne {line} : une valeur dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: {name} is already on the list.</source>
        <translation>Ligne {line} : {name} figure déjà sur la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: “{value}” is not a known {field}; left empty.</source>
        <translation>Ligne {line} : « {value} » n&apos;est pas une valeur connue pour {field} ; laissé vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of actor</source>
        <translation>le type d&apos;acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>le genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../sim_facilitator/ui/common/error_message.py" line="-23"/>
        <source>age band</source>
        <translation>la tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>le consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presence</source>
        <translation>la présence</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/errors.py" line="+41"/>
        <source>The {field} cannot be empty.</source>
        <translation>Le champ « {field} » ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too long ({length} characters; at most {limit}).</source>
        <translation>Le champ « {field} » est trop long ({length} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>« {value} » n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be a whole number.</source>
        <translation>Le champ « {field} » doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be between {low} and {high}.</source>
        <translation>Le champ « {field} » doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a valid {field}.</source>
        <translation>« {value} » n&apos;est pas une valeur valide pour « {field} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workshop with id {id} in this database.</source>
        <translation>Il n&apos;y a pas d&apos;atelier d&apos;identifiant {id} dans cette base de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no {entity} with id {id} in this database.</source>
        <translation>Il n&apos;y a pas de {entity} d&apos;identifiant {id} dans cette base de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {entity} {id} belongs to another workshop.</source>
        <translation>L&apos;élément {entity} {id} appartient à un autre atelier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} has the wrong kind of value.</source>
        <translation>Le champ « {field} » a une valeur du mauvais type.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{entity} has no field called {field}.</source>
        <translation>{entity} n&apos;a pas de champ nommé {field}.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/frameworks.py" line="+25"/>
        <source>Give the principle a name in at least one language.</source>
        <translation>Donnez un nom au principe dans au moins une langue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the framework a name in at least one language.</source>
        <translation>Donnez un nom au cadre dans au moins une langue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workshop does not use a framework of principles yet.</source>
        <translation>Cet atelier n&apos;utilise pas encore de cadre de principes.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/merge.py" line="+59"/>
        <source>This bundle holds changes made under this laptop&apos;s own identity that it never saw: this database was copied from another laptop, and each laptop needs its own.</source>
        <translation>Ce paquet contient des modifications faites sous l&apos;identité de cet ordinateur qu&apos;il n&apos;a jamais vues : cette base de données a été copiée depuis un autre ordinateur, et chaque ordinateur doit avoir la sienne.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/organise/merges.py" line="+24"/>
        <source>Choose at least two ideas to merge.</source>
        <translation>Choisissez au moins deux idées à fusionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An idea cannot be merged into an idea that was merged into it.</source>
        <translation>Une idée ne peut pas être fusionnée dans une idée qui a été fusionnée en elle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This idea is not merged into another idea.</source>
        <translation>Cette idée n&apos;est pas fusionnée dans une autre.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/organise/clusters.py" line="+18"/>
        <source>Choose at least one idea first.</source>
        <translation>Choisissez d&apos;abord au moins une idée.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/organise/mappings.py" line="+31"/>
        <source>The strength must be 0 (none), 1, 2 or 3 (strong).</source>
        <translation>La force doit être 0 (aucune), 1, 2 ou 3 (forte).</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/organise/clusters.py" line="+1"/>
        <source>Only ideas of the cluster being split can move to the new cluster.</source>
        <translation>Seules les idées du groupe en cours de scission peuvent aller dans le nouveau groupe.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/schema.py" line="+65"/>
        <source>idea text</source>
        <translation>texte de l&apos;idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/trust.py" line="+21"/>
        <source>This bundle comes from a laptop not known yet (fingerprint {fingerprint}); accept it to import.</source>
        <translation>Ce paquet vient d&apos;un ordinateur encore inconnu (empreinte {fingerprint}) ; acceptez-le pour importer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle claims to come from a known laptop but is signed with a different key: refused.</source>
        <translation>Ce paquet prétend venir d&apos;un ordinateur connu mais il est signé avec une autre clé : refusé.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/vote_counting.py" line="+54"/>
        <source>Points must be whole numbers of zero or more (got “{value}”).</source>
        <translation>Les points doivent être des nombres entiers positifs ou nuls (reçu « {value} »).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{option}” is not an option of this vote.</source>
        <translation>« {option} » n&apos;est pas une option de ce vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ballot gives {given} dots; the budget is {budget} per voter.</source>
        <translation>Ce bulletin donne {given} gommettes ; le budget est de {budget} par votant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ballot gives {given} dots to one option; at most {limit} per option.</source>
        <translation>Ce bulletin donne {given} gommettes à une seule option ; au plus {limit} par option.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stacking is not allowed in this vote: at most one dot per option.</source>
        <translation>Le cumul n&apos;est pas permis dans ce vote : au plus une gommette par option.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approval is a yes (1) or nothing; {value} is not allowed.</source>
        <translation>Une approbation est un oui (1) ou rien ; {value} n&apos;est pas permis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores go from 1 to 5; {value} is outside.</source>
        <translation>Les notes vont de 1 à 5 ; {value} est en dehors.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranks go from 1 to {n}; {value} is outside.</source>
        <translation>Les rangs vont de 1 à {n} ; {value} est en dehors.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two options have rank {rank}; each rank can be given only once.</source>
        <translation>Deux options ont le rang {rank} ; chaque rang ne peut être donné qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dot budget must be a whole number from 1 to 100.</source>
        <translation>Le budget de gommettes doit être un nombre entier de 1 à 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maximum per option must be a whole number from 1 to the budget.</source>
        <translation>Le maximum par option doit être un nombre entier de 1 au budget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a voting method.</source>
        <translation>« {value} » n&apos;est pas une méthode de vote.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/lifecycle.py" line="+23"/>
        <source>The vote “{title}” is no longer a draft: its options and rules are fixed.</source>
        <translation>Le vote « {title} » n&apos;est plus en préparation : ses options et ses règles sont figées.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/rounds.py" line="+18"/>
        <source>The vote “{title}” is closed and cannot be changed.</source>
        <translation>Le vote « {title} » est clos et ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vote “{title}” is not open: ballots are accepted only while it is open.</source>
        <translation>Le vote « {title} » n&apos;est pas ouvert : les bulletins ne sont acceptés que pendant qu&apos;il est ouvert.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/lifecycle.py" line="+1"/>
        <source>Only a draft vote can be opened; to open a closed vote again, re-open it with a reason.</source>
        <translation>Seul un vote en préparation peut être ouvert ; pour rouvrir un vote clos, rouvrez-le en donnant une raison.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an open vote can be closed.</source>
        <translation>Seul un vote ouvert peut être clos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a closed vote can be re-opened.</source>
        <translation>Seul un vote clos peut être rouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason to re-open the vote; it is recorded in the minutes.</source>
        <translation>Donnez une raison pour rouvrir le vote ; elle est consignée au procès-verbal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vote needs at least two options.</source>
        <translation>Un vote nécessite au moins deux options.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{option}” is not an idea or cluster of this workshop.</source>
        <translation>« {option} » n&apos;est ni une idée ni un groupe de cet atelier.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/ballots.py" line="+64"/>
        <source>“{voter}” is neither a checked-in participant nor a one-time number of this vote.</source>
        <translation>« {voter} » n&apos;est ni un participant enregistré ni un numéro à usage unique de ce vote.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not checked in; only people present can vote.</source>
        <translation>{name} n&apos;est pas enregistré à l&apos;accueil ; seules les personnes présentes peuvent voter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one-time number {number} has already been used.</source>
        <translation>Le numéro à usage unique {number} a déjà été utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time numbers are made 1 to 500 at a time.</source>
        <translation>Les numéros à usage unique se créent par 1 à 500 à la fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vote is counted from a paper tally; enter the tally instead of ballots.</source>
        <translation>Ce vote est compté à partir d&apos;un décompte papier ; saisissez le décompte au lieu des bulletins.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/tallies.py" line="+28"/>
        <source>This vote is by secret ballot; no tally can be entered.</source>
        <translation>Ce vote est à bulletin secret ; aucun décompte ne peut être saisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vote takes a single tally; a second entry is not used.</source>
        <translation>Ce vote prend un seul décompte ; une seconde saisie n&apos;est pas utilisée.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/lifecycle.py" line="+1"/>
        <source>Score votes need individual ballots; a tally can be entered for dots, approval or ranking.</source>
        <translation>Les votes par notes exigent des bulletins individuels ; un décompte peut être saisi pour les gommettes, l&apos;approbation ou le classement.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/tallies.py" line="+1"/>
        <source>The counts are more than {voters} voters could give ({given} for at most {limit}).</source>
        <translation>Les nombres dépassent ce que {voters} votants pouvaient donner ({given} pour au plus {limit}).</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/lifecycle.py" line="+4"/>
        <source>Tally A and tally B still differ on {count} lines; reconcile them before closing.</source>
        <translation>Les décomptes A et B diffèrent encore sur {count} lignes ; réconciliez-les avant de clore.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/checkin/checkin_view.py" line="-278"/>
        <source>The file {path} cannot be read.</source>
        <translation>Le fichier {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/commands/votes.py" line="+23"/>
        <source>“{value}” is not OPTION_ID=POINTS.</source>
        <translation>« {value} » n&apos;est pas de la forme OPTION_ID=POINTS.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/atomic.py" line="+24"/>
        <source>Could not write {name}: the disk or USB stick is full.</source>
        <translation>Impossible d&apos;écrire {name} : le disque ou la clé USB est plein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {name}: the folder is read-only or not writable.</source>
        <translation>Impossible d&apos;écrire {name} : le dossier est en lecture seule ou protégé en écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {name}: the disk or USB stick reported an error. Try another one.</source>
        <translation>Impossible d&apos;écrire {name} : le disque ou la clé USB a signalé une erreur. Essayez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write {name}: the folder {folder} does not exist.</source>
        <translation>Impossible d&apos;écrire {name} : le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {name}: {reason}.</source>
        <translation>Impossible d&apos;écrire {name} : {reason}.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/synthesis/document.py" line="+43"/>
        <source>The synthesis cannot be written to {path}: {reason}</source>
        <translation>La synthèse ne peut pas être écrite dans {path} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The synthesis written to {path} did not read back correctly; nothing was kept.</source>
        <translation>La synthèse écrite dans {path} ne s&apos;est pas relue correctement ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/synthesis/record.py" line="+28"/>
        <source>There is no workshop to summarise in this database (or in this selection).</source>
        <translation>Il n&apos;y a aucun atelier à synthétiser dans cette base de données (ou dans cette sélection).</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/cross_duplicates.py" line="+40"/>
        <source>A cross-workshop cluster needs ideas from at least two workshops.</source>
        <translation>Un regroupement inter-ateliers demande des idées d&apos;au moins deux ateliers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The idea {id} is not in this database (or was deleted).</source>
        <translation>L&apos;idée {id} n&apos;est pas dans cette base (ou a été supprimée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The idea “{text}” is already in the cross-workshop cluster “{name}”.</source>
        <translation>L&apos;idée « {text} » est déjà dans le regroupement inter-ateliers « {name} ».</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/commands/tables.py" line="+36"/>
        <source>The workshop has no agenda item to hold breakout tables; add one first.</source>
        <translation>L&apos;ordre du jour de l&apos;atelier n&apos;a aucun point pour accueillir des tables de travail ; ajoutez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how to assign: --by count|balanced, or --table with who sits there.</source>
        <translation>Indiquez comment répartir : --by count|balanced, ou --table avec les personnes qui y siègent.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/tables/records.py" line="+23"/>
        <source>Give at least one table a name.</source>
        <translation>Donnez un nom à au moins une table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A breakout has at most {limit} tables.</source>
        <translation>Un travail en groupes compte au plus {limit} tables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give one question for all tables, or one question for each of the {count} tables.</source>
        <translation>Donnez une question pour toutes les tables, ou une question pour chacune des {count} tables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This agenda item has no breakout tables yet.</source>
        <translation>Ce point de l&apos;ordre du jour n&apos;a pas encore de tables de travail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is checked in as present; mark who is here first.</source>
        <translation>Personne n&apos;est enregistré comme présent ; indiquez d&apos;abord qui est là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a way of assigning tables.</source>
        <translation>« {value} » n&apos;est pas une façon de répartir les tables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not sit at this table.</source>
        <translation>{name} ne siège pas à cette table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table needs a name.</source>
        <translation>Une table a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” already has ideas or photos: it stays, so nothing it produced is lost.</source>
        <translation>« {name} » a déjà des idées ou des photos : elle reste, pour que rien de ce qu’elle a produit ne se perde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scribe and the reporter should be two different people.</source>
        <translation>Le ou la secrétaire de table et le ou la porte-parole doivent être deux personnes différentes.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/commands/photos.py" line="+23"/>
        <source>The file “{name}” cannot be read: {reason}</source>
        <translation>Le fichier « {name} » ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/photos/images.py" line="+60"/>
        <source>“{name}” is too big ({size} MB; at most {limit} MB).</source>
        <translation>« {name} » est trop volumineux ({size} Mo ; au plus {limit} Mo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is a drawing (SVG), not a photo; save it as PNG or JPEG first.</source>
        <translation>« {name} » est un dessin (SVG), pas une photo ; enregistrez-le d&apos;abord en PNG ou en JPEG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a picture the app can read (JPEG, PNG or WebP).</source>
        <translation>« {name} » n&apos;est pas une image que l&apos;application sait lire (JPEG, PNG ou WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is named as a {named} picture but holds a {actual} picture; it was not added.</source>
        <translation>« {name} » porte le nom d&apos;une image {named} mais contient une image {actual} ; elle n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” does not have the name of a picture (.jpg, .png or .webp).</source>
        <translation>« {name} » n&apos;a pas le nom d&apos;une image (.jpg, .png ou .webp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has too many pixels ({megapixels} megapixels; at most {limit}); it was not added.</source>
        <translation>« {name} » a trop de pixels ({megapixels} mégapixels ; au plus {limit}) ; elle n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is cut short or damaged; copy it again from the phone.</source>
        <translation>« {name} » est incomplet ou abîmé ; copiez-le à nouveau depuis le téléphone.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/photos/records.py" line="+23"/>
        <source>Attach a photo to one table, question or cluster at most.</source>
        <translation>Rattachez une photo à une seule table, question ou un seul regroupement au plus.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/tables/gallery.py" line="+24"/>
        <source>A gallery walk needs at least two ideas from the tables.</source>
        <translation>Une visite de la galerie demande au moins deux idées des tables.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/newer_database.py" line="+16"/>
        <source>This data file was written by a newer version of SIM Facilitator. Install that version (or a later one) to open it. Nothing was changed.</source>
        <translation>Ce fichier de données a été écrit par une version plus récente de SIM Facilitateur. Installez cette version (ou une plus récente) pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/organise/cluster_board.py" line="-480"/>
        <source>Choose a cluster first: Tab to its column, or click one of its ideas.</source>
        <translation>Choisissez d&apos;abord un groupe : Tab jusqu&apos;à sa colonne, ou cliquez sur l&apos;une de ses idées.</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <location filename="../sim_facilitator/ui/setup/framework_editor.py" line="+77"/>
        <source>No principle yet. Type its name above, in one language or more, and press Enter.</source>
        <translation>Aucun principe pour l&apos;instant. Tapez son nom ci-dessus, dans une langue ou plusieurs, et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Framework used by this workshop:</source>
        <translation>Cadre utilisé par cet atelier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>New framework</source>
        <translation>Nouveau cadre</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Name (%1):</source>
        <translation>Nom (%1) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (%1)</source>
        <translation>Nom (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (%1)</source>
        <translation>Description (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no framework)</source>
        <translation>(aucun cadre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — version %2</source>
        <translation>%1 — version %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the framework of principles the ideas will be mapped to.</source>
        <translation>Choisissez le cadre de principes auquel les idées seront rattachées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other workshops use this version too: your first change makes a new version for this workshop only.</source>
        <translation>D&apos;autres ateliers utilisent aussi cette version : votre première modification crée une nouvelle version pour cet atelier seulement.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/help_menu.py" line="+53"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome and roles…</source>
        <translation>&amp;Bienvenue et rôles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SIM Facilitator</source>
        <translation>À &amp;propos de SIM Facilitateur</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SIM Facilitator, version %1</source>
        <translation>SIM Facilitateur, version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline workshops for an innovative solidarity in Morocco.</source>
        <translation>Des ateliers hors ligne pour une solidarité innovante au Maroc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data file: %1</source>
        <translation>Fichier de données : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About SIM Facilitator</source>
        <translation>À propos de SIM Facilitateur</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/home_view.py" line="+144"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Workshops on this laptop</source>
        <translation>Ateliers sur cet ordinateur</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Search by title, region, status…</source>
        <translation>Rechercher par titre, région, état…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;template…</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from a &amp;kit file…</source>
        <translation>Nouveau à partir d&apos;un fichier &amp;kit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kit is a bundle prepared by the coordinator: framework, questions, agenda</source>
        <translation>Un kit est un paquet préparé par le coordinateur : cadre des principes, questions, ordre du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a demo workshop</source>
        <translation>Créer un atelier de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no workshop on this laptop yet. Create one, or explore the app with a demo workshop (its principles are clearly labelled examples).</source>
        <translation>Il n&apos;y a encore aucun atelier sur cet ordinateur. Créez-en un, ou découvrez l&apos;application avec un atelier de démonstration (ses principes sont des exemples clairement signalés).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Unarchive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open a workshop kit</source>
        <translation>Ouvrir un kit d&apos;atelier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIM bundles (*.simbundle)</source>
        <translation>Paquets SIM (*.simbundle)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A laptop seen for the first time</source>
        <translation>Un ordinateur vu pour la première fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kit was prepared on a laptop this one does not know yet. Accept it only if its fingerprint matches the one the coordinator gave you:

%1</source>
        <translation>Ce kit a été préparé sur un ordinateur que celui-ci ne connaît pas encore. Ne l&apos;acceptez que si son empreinte correspond à celle que le coordinateur vous a donnée :

%1</translation>
    </message>
</context>
<context>
    <name>IdeaModel</name>
    <message>
        <location filename="../sim_facilitator/ui/capture/idea_model.py" line="+97"/>
        <source>Phone: {name}</source>
        <translation>Téléphone : {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for approval</source>
        <translation>en attente de validation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden from the projector</source>
        <translation>masquée au projecteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>photo {n}</source>
        <translation>photo {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed from photo {n}</source>
        <translation>Transcrite de la photo {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>typed from photo {n}</source>
        <translation>transcrite de la photo {n}</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/room/join_panel.py" line="+177"/>
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No phone connected yet</source>
        <translation>Aucun téléphone connecté pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join the workshop from your phone</source>
        <translation>Rejoignez l&apos;atelier depuis votre téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Connect to the room&apos;s Wi-Fi network.</source>
        <translation>1. Connectez-vous au réseau Wi-Fi de la salle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. Connect to the Wi-Fi network %1, password %2 (or scan the small code):</source>
        <translation>1. Connectez-vous au réseau Wi-Fi %1, mot de passe %2 (ou scannez le petit code) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Connect to the Wi-Fi network %1 (or scan the small code):</source>
        <translation>1. Connectez-vous au réseau Wi-Fi %1 (ou scannez le petit code) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code to join the room&apos;s Wi-Fi</source>
        <translation>Code QR pour rejoindre le Wi-Fi de la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Scan the code, or open this address in the browser:</source>
        <translation>2. Scannez le code, ou ouvrez cette adresse dans le navigateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Room code:</source>
        <translation>3. Code de la salle :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the phone says the network has no internet, choose “Stay connected”: the room works without internet.</source>
        <translation>Si le téléphone indique que le réseau n&apos;a pas internet, choisissez « Rester connecté » : la salle fonctionne sans internet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code to join the room</source>
        <translation>Code QR pour rejoindre la salle</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/room/join_room_dialog.py" line="+222"/>
        <source>Type the address shown on the room&apos;s screen, or choose a room.</source>
        <translation>Tapez l&apos;adresse affichée sur l&apos;écran de la salle, ou choisissez une salle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the pairing code shown on the room&apos;s laptop.</source>
        <translation>Tapez le code d&apos;appairage affiché sur l&apos;ordinateur de la salle.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint: %1</source>
        <translation>Empreinte : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for rooms on the network…</source>
        <translation>Recherche des salles sur le réseau…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n room(s) found.</source>
        <translation>
            <numerusform>%n salle trouvée.</numerusform>
            <numerusform>%n salles trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No room found (many hotspots block this search). Type the address shown on the room&apos;s screen.</source>
        <translation>Aucune salle trouvée (beaucoup de points d&apos;accès bloquent cette recherche). Tapez l&apos;adresse affichée sur l&apos;écran de la salle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join a room</source>
        <translation>Rejoindre une salle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync this laptop with the facilitator&apos;s laptop, on the room&apos;s network: what either of you captures appears on both.</source>
        <translation>Synchronisez cet ordinateur avec celui du facilitateur, sur le réseau de la salle : ce que chacun saisit apparaît sur les deux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rooms found on the network:</source>
        <translation>Salles trouvées sur le réseau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address of the room (shown on the room&apos;s screen):</source>
        <translation>Adresse de la salle (affichée sur l&apos;écran de la salle) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing code (6 digits, shown beside the join screen on the room&apos;s laptop):</source>
        <translation>Code d&apos;appairage (6 chiffres, affiché à côté de l&apos;écran d&apos;accès sur l&apos;ordinateur de la salle) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of this laptop:</source>
        <translation>Nom de cet ordinateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare these two fingerprints with the ones on the facilitator&apos;s screen.</source>
        <translation>Comparez ces deux empreintes avec celles affichées sur l&apos;écran du facilitateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s laptop:</source>
        <translation>L&apos;ordinateur de la salle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop:</source>
        <translation>Cet ordinateur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If a single character differs, cancel: you reached another laptop. If they match, pair, then the facilitator confirms on the room&apos;s laptop.</source>
        <translation>Si un seul caractère diffère, annulez : vous avez joint un autre ordinateur. S&apos;ils sont identiques, appairez, puis le facilitateur confirme sur l&apos;ordinateur de la salle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the facilitator to confirm on the room&apos;s laptop…</source>
        <translation>En attente de la confirmation du facilitateur sur l&apos;ordinateur de la salle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They match — &amp;pair</source>
        <translation>Elles sont identiques — &amp;appairer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/room/join_screen.py" line="+165"/>
        <source>%n wrong voter code(s) sent since the room opened. Many in a short time means someone is guessing: the room then pauses code checks for a minute.</source>
        <translation>
            <numerusform>%n code de vote erroné envoyé depuis l’ouverture de la salle. Beaucoup en peu de temps signifie que quelqu’un essaie de deviner : la salle suspend alors la vérification des codes pendant une minute.</numerusform>
            <numerusform>%n codes de vote erronés envoyés depuis l’ouverture de la salle. Beaucoup en peu de temps signifie que quelqu’un essaie de deviner : la salle suspend alors la vérification des codes pendant une minute.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Join the room</source>
        <translation>Rejoindre la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop is on several networks. Address to show:</source>
        <translation>Cet ordinateur est sur plusieurs réseaux. Adresse à afficher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to show</source>
        <translation>Adresse à afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve ideas from phones before they are shown</source>
        <translation>Valider les idées des téléphones avant de les afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting ideas are listed in the Capture tab, with Approve and Hide. Hidden ideas stay in the data but never reach the projector.</source>
        <translation>Les idées en attente sont listées dans l&apos;onglet « Saisie des idées », avec Valider et Masquer. Les idées masquées restent dans les données mais n&apos;arrivent jamais au projecteur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room&apos;s Wi-Fi, to show phones how to join it (optional):</source>
        <translation>Le Wi-Fi de la salle, pour montrer aux téléphones comment s’y connecter (facultatif) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network &amp;name:</source>
        <translation>&amp;Nom du réseau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector only (Esc to come back)</source>
        <translation>Projecteur seul (Échap pour revenir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the join panel alone, full screen: the room does not see this side</source>
        <translation>Afficher le panneau seul, en plein écran : la salle ne voit pas ce côté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the room</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop serving phones; nothing is lost</source>
        <translation>Arrêter de servir les téléphones ; rien n&apos;est perdu</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../sim_facilitator/ui/common/labels.py" line="+15"/>
        <source>Tanger-Tétouan-Al Hoceïma</source>
        <translation>Tanger-Tétouan-Al Hoceïma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;Oriental</source>
        <translation>L&apos;Oriental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fès-Meknès</source>
        <translation>Fès-Meknès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rabat-Salé-Kénitra</source>
        <translation>Rabat-Salé-Kénitra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Béni Mellal-Khénifra</source>
        <translation>Béni Mellal-Khénifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casablanca-Settat</source>
        <translation>Casablanca-Settat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marrakech-Safi</source>
        <translation>Marrakech-Safi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drâa-Tafilalet</source>
        <translation>Drâa-Tafilalet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Souss-Massa</source>
        <translation>Souss-Massa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guelmim-Oued Noun</source>
        <translation>Guelmim-Oued Noun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laâyoune-Sakia El Hamra</source>
        <translation>Laâyoune-Sakia El Hamra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dakhla-Oued Ed-Dahab</source>
        <translation>Dakhla-Oued Ed-Dahab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moroccans of the world</source>
        <translation>Marocains du monde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foundation</source>
        <translation>fondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooperative</source>
        <translation>coopérative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public body</source>
        <translation>organisme public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>donor</source>
        <translation>bailleur de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>researcher</source>
        <translation>chercheur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizen</source>
        <translation>citoyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>man</source>
        <translation>homme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under 25</source>
        <translation>moins de 25 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25–34</source>
        <translation>25–34 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>35–44</source>
        <translation>35–44 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>45–54</source>
        <translation>45–54 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>55–64</source>
        <translation>55–64 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>65 and over</source>
        <translation>65 ans et plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another gender</source>
        <translation>autre genre</translation>
    </message>
</context>
<context>
    <name>LaptopsPanel</name>
    <message>
        <location filename="../sim_facilitator/ui/room/laptops_panel.py" line="+119"/>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid %1 more</source>
        <translation>encore valable %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 · last synced %n s ago</source>
        <translation>
            <numerusform>%1 · dernière synchronisation il y a %n s</numerusform>
            <numerusform>%1 · dernière synchronisation il y a %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No note-taker&apos;s laptop connected.</source>
        <translation>Aucun ordinateur de rapporteur connecté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note-takers&apos; laptops</source>
        <translation>Ordinateurs des rapporteurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing code to type on a note-taker&apos;s laptop (“Join a room…” in the Session menu):</source>
        <translation>Code d&apos;appairage à taper sur l&apos;ordinateur d&apos;un rapporteur (« Rejoindre une salle… » dans le menu Séance) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the code on this screen (the room may see it if this is projected)</source>
        <translation>Afficher le code sur cet écran (la salle peut le voir s’il est projeté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a new pairing code; the old one stops working</source>
        <translation>Tirer un nouveau code d&apos;appairage ; l&apos;ancien ne fonctionne plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>Empreinte de cet ordinateur :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/main_window.py" line="+228"/>
        <source>SIM Facilitator</source>
        <translation>SIM Facilitateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;workshops</source>
        <translation>&amp;Tous les ateliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes (PDF or Word)…</source>
        <translation>&amp;Procès-verbal (PDF ou Word)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projector view</source>
        <translation>Vue &amp;projecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small &amp;note-taker window</source>
        <translation>Petite fenêtre du &amp;rapporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report-back on the projector</source>
        <translation>Res&amp;titution au projecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous table</source>
        <translation>Table &amp;précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next table</source>
        <translation>Table &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All tables side by side</source>
        <translation>&amp;Toutes les tables côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;room view</source>
        <translation>&amp;Retour à la vue de la salle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;room to phones…</source>
        <translation>Ouvrir la &amp;salle aux téléphones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the room</source>
        <translation>&amp;Fermer la salle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Join a room (note-taker&apos;s laptop)…</source>
        <translation>&amp;Rejoindre une salle (ordinateur du rapporteur)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave the room</source>
        <translation>&amp;Quitter la salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;National dashboard</source>
        <translation>Tableau de bord &amp;national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange bundles (export, import)…</source>
        <translation>&amp;Échanger des paquets (exporter, importer)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coordination: import bundles, sources…</source>
        <translation>&amp;Coordination : importer des paquets, sources…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;synthesis (PDF)…</source>
        <translation>&amp;Synthèse nationale (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Sauvegardes et restauration…</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>The room needs a workshop saved in a file.</source>
        <translation>La salle a besoin d&apos;un atelier enregistré dans un fichier.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The room did not open</source>
        <translation>La salle ne s&apos;est pas ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room closed</source>
        <translation>La salle s’est fermée</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Join a room</source>
        <translation>Rejoindre une salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live sync needs a database saved in a file.</source>
        <translation>La synchronisation en direct nécessite une base de données enregistrée dans un fichier.</translation>
    </message>
</context>
<context>
    <name>MappingMatrix</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/mapping_matrix.py" line="+50"/>
        <source>Nothing to map yet. Capture ideas (and group them into clusters if you like), then rate here how strongly each serves each principle.</source>
        <translation>Rien à rattacher pour l&apos;instant. Saisissez des idées (et réunissez-les en groupes si vous le souhaitez), puis indiquez ici à quel point chacune sert chaque principe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Mapping to principles</source>
        <translation>Rattachement aux principes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrows move; 0, 1, 2 or 3 sets the strength; Delete clears it.</source>
        <translation>Les flèches déplacent ; 0, 1, 2 ou 3 fixe la force ; Suppr l&apos;efface.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/mapping_model.py" line="+158"/>
        <source>Cluster: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Two laptops disagree: %1. Type a digit to choose.</source>
        <translation>Deux ordinateurs ne sont pas d&apos;accord : %1. Tapez un chiffre pour choisir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Idea or cluster</source>
        <translation>Idée ou groupe</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/record/minutes_dialog.py" line="+54"/>
        <source>Export minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the minutes:</source>
        <translation>Langue du procès-verbal :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF — the signed record</source>
        <translation>PDF — le procès-verbal signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (.docx) — to edit in Word or LibreOffice</source>
        <translation>Word (.docx) — à modifier dans Word ou LibreOffice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Word file:</source>
        <translation>Fichier Word :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minutes</source>
        <comment>the word used in the suggested file name</comment>
        <translation>procès-verbal</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Save the minutes as</source>
        <translation>Enregistrer le procès-verbal sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating the minutes…</source>
        <translation>Génération du procès-verbal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes written as a Word document: {path} (fingerprint {fp}).</source>
        <translation>Procès-verbal écrit en document Word : {path} (empreinte {fp}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes written: {path} ({pages} pages, fingerprint {fp}).</source>
        <translation>Procès-verbal écrit : {path} ({pages} pages, empreinte {fp}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes could not be generated: {reason}</source>
        <translation>Le procès-verbal n&apos;a pas pu être généré : {reason}</translation>
    </message>
</context>
<context>
    <name>ModerationQueue</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/capture/moderation_queue.py" line="+165"/>
        <source>Ideas from phones waiting for approval: %Ln</source>
        <translation>
            <numerusform>Idées des téléphones en attente de validation : %Ln</numerusform>
            <numerusform>Idées des téléphones en attente de validation : %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas from phones waiting for approval</source>
        <translation>Idées des téléphones en attente de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: approve. Delete: hide.</source>
        <translation>Entrée : valider. Suppr : masquer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve: show this idea on the projector</source>
        <translation>Valider : afficher cette idée au projecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide: keep this idea in the data, not on the projector</source>
        <translation>Masquer : garder cette idée dans les données, pas au projecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve all</source>
        <translation>Tout valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve every waiting idea</source>
        <translation>Valider toutes les idées en attente</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/new_workshop_dialog.py" line="+54"/>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blank workshop</source>
        <translation>Un atelier vierge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template copies the framework, agenda and guiding questions of an existing workshop, without its participants or ideas.</source>
        <translation>Un modèle copie le cadre, l&apos;ordre du jour et les questions directrices d&apos;un atelier existant, sans ses participants ni ses idées.</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../sim_facilitator/ui/setup/ordered_list_editor.py" line="+100"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>Organise</name>
    <message>
        <location filename="../sim_facilitator/domain/organise/mappings.py" line="-5"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>fort</translation>
    </message>
</context>
<context>
    <name>OrganiseView</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/organise_view.py" line="+39"/>
        <source>Organise</source>
        <translation>Organisation des idées</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/room/pairing_dialog.py" line="+100"/>
        <source>Pair a note-taker&apos;s laptop?</source>
        <translation>Appairer l&apos;ordinateur d&apos;un rapporteur ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A laptop typed the pairing code and asks to sync with this one.</source>
        <translation>Un ordinateur a tapé le code d&apos;appairage et demande à se synchroniser avec celui-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name:</source>
        <translation>Son nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name given)</source>
        <translation>(aucun nom donné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its fingerprint:</source>
        <translation>Son empreinte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>Empreinte de cet ordinateur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm only if the note-taker&apos;s screen shows the same two fingerprints. Once paired, the two laptops trust each other&apos;s changes for good.</source>
        <translation>Ne confirmez que si l&apos;écran du rapporteur affiche les deux mêmes empreintes. Une fois appairés, les deux ordinateurs se font confiance pour de bon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../sim_facilitator/ui/checkin/participant_model.py" line="+58"/>
        <source>Name or pseudonym</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named in minutes</source>
        <translation>Nommé au PV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/common/pdf_export_dialog.py" line="+141"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic and French (bilingual)</source>
        <translation>arabe et français (bilingue)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>PDF file:</source>
        <translation>Fichier PDF :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+64"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stopped; no file was written.</source>
        <translation>Arrêté ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>PhoneVotingBox</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/phone_voting_box.py" line="+68"/>
        <source>Phones in the room</source>
        <translation>Les téléphones dans la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal poll: one phone, one vote</source>
        <translation>Sondage informel : un téléphone, une voix</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted on paper: phones show the vote but do not vote in it.</source>
        <translation>Décompte papier : les téléphones affichent le vote mais n&apos;y votent pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones use the voter codes: each person types the one-time number on their slip. A secret ballot, one vote per number.</source>
        <translation>Les téléphones utilisent les codes de vote : chaque personne tape le numéro à usage unique écrit sur son papier. Un vote à bulletin secret, une voix par numéro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phones vote in this round: one vote per phone.</source>
        <translation>Les téléphones votent dans ce tour : une voix par téléphone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones cannot vote in this round yet. For a secret ballot, issue one-time numbers; for a quick show of hands, tick the informal poll.</source>
        <translation>Les téléphones ne peuvent pas encore voter dans ce tour. Pour un vote à bulletin secret, émettez des numéros à usage unique ; pour un vote rapide à main levée, cochez le sondage informel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a secret ballot, and not safe for a decision: someone with two phones or two browsers votes twice. Use one-time numbers for a decision.</source>
        <translation>Ce n&apos;est pas un vote à bulletin secret, ni un vote sûr pour une décision : une personne avec deux téléphones ou deux navigateurs vote deux fois. Pour une décision, utilisez les numéros à usage unique.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/photos/photo_dialog.py" line="+129"/>
        <location line="+2"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add photos…</source>
        <translation>&amp;Ajouter des photos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drop picture files on this window</source>
        <translation>Ou déposez des fichiers d&apos;images sur cette fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove this photo</source>
        <translation>&amp;Retirer cette photo</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No photo yet: add one, or drop picture files here.</source>
        <translation>Pas encore de photo : ajoutez-en une, ou déposez des fichiers d&apos;images ici.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Ajout de %n photo…</numerusform>
            <numerusform>Ajout de %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove this photo</source>
        <translation>Retirer cette photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this photo from the workshop? It leaves the screens and the minutes; ideas typed from it stay.</source>
        <translation>Retirer cette photo de l&apos;atelier ? Elle quitte les écrans et le procès-verbal ; les idées transcrites depuis elle restent.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photo removed.</source>
        <translation>Photo retirée.</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/photos/importer.py" line="+127"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo ajoutée.</numerusform>
            <numerusform>%n photos ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/capture/photo_picker.py" line="-17"/>
        <source>Photos (%n)…</source>
        <translation>
            <numerusform>Photos (%n)…</numerusform>
            <numerusform>Photos (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../sim_facilitator/ui/photos/viewer.py" line="+98"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the photo to the width</source>
        <translation>Ajuster la photo à la largeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The picture has not reached this laptop (it travels in bundles).</source>
        <translation>L&apos;image n&apos;est pas encore parvenue sur cet ordinateur (elle voyage dans les paquets).</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../sim_facilitator/ui/photos/importer.py" line="-96"/>
        <source>Pictures ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/photos/labels.py" line="+21"/>
        <source>Photo {n}</source>
        <translation>Photo {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table: {name}</source>
        <translation>Table : {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question: {name}</source>
        <translation>Question : {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster: {name}</source>
        <translation>Groupe : {name}</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/projector_view.py" line="+149"/>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 over time</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest ideas</source>
        <translation>Dernières idées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of %2 present have voted</source>
        <translation>%1 présents sur %2 ont voté</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln ballot(s) cast</source>
        <translation>
            <numerusform>%Ln bulletin déposé</numerusform>
            <numerusform>%Ln bulletins déposés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voting is open</source>
        <translation>Le vote est ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting is closed</source>
        <translation>Le vote est clos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote in preparation</source>
        <translation>Vote en préparation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Turnout: %1</source>
        <translation>Participation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rule recorded</source>
        <translation>aucune règle consignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie — tie-break rule: %1</source>
        <translation>Égalité — règle de départage : %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/recovery.py" line="+37"/>
        <source>This data file is newer than the app</source>
        <translation>Ce fichier de données est plus récent que l&apos;application</translation>
    </message>
</context>
<context>
    <name>ReportBackView</name>
    <message>
        <location filename="../sim_facilitator/ui/tables/report_back_view.py" line="+245"/>
        <source>No tables for this agenda item yet.</source>
        <translation>Pas encore de tables pour ce point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Table %1 of %2</source>
        <translation>Table %1 sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported by %1</source>
        <translation>Restituée par %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>No ideas from this table yet.</source>
        <translation>Pas encore d&apos;idées de cette table.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Photo of the table&apos;s flipchart</source>
        <translation>Photo du paperboard de la table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All tables</source>
        <translation>Toutes les tables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tables side by side</source>
        <translation>Toutes les tables côte à côte</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gallery walk: results by table</source>
        <translation>Visite de la galerie : résultats par table</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gallery walk: overall results</source>
        <translation>Visite de la galerie : résultats d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../sim_facilitator/room/addresses.py" line="+20"/>
        <source>{host} is not a loopback or private-network address; the room listens only on the local network.</source>
        <translation>{host} n’est ni une adresse locale (loopback) ni une adresse de réseau privé ; la salle n’écoute que sur le réseau local.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/room/errors.py" line="+17"/>
        <source>The request could not be read; please try again.</source>
        <translation>La requête n’a pas pu être lue ; veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is missing “{field}” or it has the wrong form.</source>
        <translation>Il manque « {field} » dans la requête, ou sa forme n’est pas la bonne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This room code is not right. Check the code shown on the screen.</source>
        <translation>Ce code de salle n’est pas le bon. Vérifiez le code affiché à l’écran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voter code is not valid for this vote. Check the code on your slip.</source>
        <translation>Ce code de vote n’est pas valable pour ce vote. Vérifiez le code inscrit sur votre papier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vote does not take ballots from phones.</source>
        <translation>Ce vote n’accepte pas de bulletins depuis les téléphones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page or item does not exist.</source>
        <translation>Cette page ou cet élément n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a photo (JPEG, PNG or WebP).</source>
        <translation>Envoyez une photo (JPEG, PNG ou WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This table code is not right. Check the code the facilitator gave your table.</source>
        <translation>Ce code de table n&apos;est pas le bon. Vérifiez le code que le facilitateur a donné à votre table.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request is not allowed here.</source>
        <translation>Cette requête n’est pas autorisée ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vote is not open: ballots are not accepted now.</source>
        <translation>Ce vote n’est pas ouvert : les bulletins ne sont pas acceptés pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voter code has already been used for a ballot.</source>
        <translation>Ce code de vote a déjà servi pour un bulletin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This submission was already sent with different content.</source>
        <translation>Cet envoi a déjà été fait avec un contenu différent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you sent is too long.</source>
        <translation>Ce que vous avez envoyé est trop long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request must be sent as JSON.</source>
        <translation>La requête doit être envoyée au format JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The idea is too long ({length} characters; at most {limit}).</source>
        <translation>L’idée est trop longue ({length} caractères ; {limit} au plus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your idea before sending it.</source>
        <translation>Écrivez votre idée avant de l’envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>Le nom est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests at once. Wait a few seconds and try again.</source>
        <translation>Trop de requêtes à la fois. Attendez quelques secondes puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong voter codes were tried in this room: code checks are paused. Try again in {seconds} seconds.</source>
        <translation>Trop de codes de vote erronés ont été essayés dans cette salle : la vérification des codes est suspendue. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have sent many ideas in a short time. You can send another one in {seconds} seconds.</source>
        <translation>Vous avez envoyé beaucoup d’idées en peu de temps. Vous pourrez en envoyer une autre dans {seconds} secondes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many ideas are waiting for the facilitator&apos;s approval. Your idea will be sent again once some have been reviewed.</source>
        <translation>Trop d’idées attendent la validation du facilitateur. Votre idée sera envoyée de nouveau quand certaines auront été examinées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many live connections; this page will refresh by itself.</source>
        <translation>Trop de connexions en direct ; cette page se mettra à jour d’elle-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong on the facilitator&apos;s laptop; nothing was saved.</source>
        <translation>Un problème est survenu sur l’ordinateur du facilitateur ; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../sim_facilitator/room/page_texts.py" line="+20"/>
        <source>Workshop room</source>
        <translation>Salle de l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip to content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the workshop</source>
        <translation>Rejoindre l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room code</source>
        <translation>Code de la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code shown on the screen.</source>
        <translation>Saisissez le code affiché à l&apos;écran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the room code first.</source>
        <translation>Saisissez d&apos;abord le code de la salle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room cannot be reached. Check that you are on the room&apos;s Wi-Fi.</source>
        <translation>La salle est injoignable. Vérifiez que vous êtes sur le Wi-Fi de la salle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now in the workshop</source>
        <translation>En ce moment dans l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started yet</source>
        <translation>Pas encore commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share an idea</source>
        <translation>Proposer une idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You write for the table</source>
        <translation>Vous écrivez pour la table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table&apos;s question</source>
        <translation>La question de la table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop writing for this table</source>
        <translation>Ne plus écrire pour cette table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo of the flipchart</source>
        <translation>Photo du tableau de papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo received. Thank you!</source>
        <translation>Photo reçue. Merci !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos waiting to be sent: {count}</source>
        <translation>Photos en attente d’envoi : {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room cannot be reached: they are sent again by themselves.</source>
        <translation>La salle est injoignable : elles seront renvoyées automatiquement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room is busy: they are sent again by themselves.</source>
        <translation>La salle est occupée : elles seront renvoyées automatiquement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending: {percent}%</source>
        <translation>Envoi : {percent} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send this photo</source>
        <translation>Ne pas envoyer cette photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo not accepted: {reason}</source>
        <translation>Photo refusée : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a photo (JPEG, PNG or WebP).</source>
        <translation>Envoyez une photo (JPEG, PNG ou WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost when the page was closed: take the photo again.</source>
        <translation>Perdue à la fermeture de la page : reprenez la photo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This picture is too large: at most {megabytes} MB.</source>
        <translation>Cette image est trop lourde : {megabytes} Mo au plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many photos are waiting to be sent (at most {count}, {megabytes} MB together). Take this one again once they have gone.</source>
        <translation>Trop de photos attendent d’être envoyées (au plus {count}, {megabytes} Mo en tout). Reprenez celle-ci une fois qu’elles seront parties.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file could not be read. Choose the photo again.</source>
        <translation>Ce fichier n’a pas pu être lu. Choisissez la photo à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This browser cannot keep photos once the page is closed: keep this page open until they are sent.</source>
        <translation>Ce navigateur ne peut pas garder les photos une fois la page fermée : gardez cette page ouverte jusqu’à leur envoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scribe of a table? Join your table</source>
        <translation>Secrétaire de table ? Rejoignez votre table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table code</source>
        <translation>Code de la table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facilitator gives each table its code.</source>
        <translation>Le facilitateur donne à chaque table son code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the table</source>
        <translation>Rejoindre la table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the table code first.</source>
        <translation>Tapez d&apos;abord le code de la table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under the question</source>
        <translation>Pour la question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your idea</source>
        <translation>Votre idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} sur {limit} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name (optional)</source>
        <translation>Votre nom (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the idea</source>
        <translation>Envoyer l&apos;idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your idea first.</source>
        <translation>Écrivez d&apos;abord votre idée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your idea is too long: {length} characters; at most {limit}.</source>
        <translation>Votre idée est trop longue : {length} caractères ; {limit} au maximum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea received. Thank you!</source>
        <translation>Idée reçue. Merci !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea received. The facilitator will show it after a check.</source>
        <translation>Idée reçue. Le facilitateur l&apos;affichera après vérification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ideas</source>
        <translation>Vos idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the facilitator&apos;s check</source>
        <translation>En attente de la vérification du facilitateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside by the facilitator</source>
        <translation>Mise de côté par le facilitateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>Non acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vote is held in the room, not on phones.</source>
        <translation>Ce vote a lieu dans la salle, pas sur les téléphones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vote is closed.</source>
        <translation>Le vote est clos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of vote cannot be used from a phone.</source>
        <translation>Ce type de vote n&apos;est pas possible depuis un téléphone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have {budget} dots to give; at most {limit} per option.</source>
        <translation>Vous avez {budget} gommettes à donner ; au plus {limit} par option.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots left: {left} of {budget}</source>
        <translation>Gommettes restantes : {left} sur {budget}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a dot from “{option}”</source>
        <translation>Retirer une gommette à « {option} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dot to “{option}”</source>
        <translation>Ajouter une gommette à « {option} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} dots per option.</source>
        <translation>Au plus {limit} gommettes par option.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dots left: take one from another option first.</source>
        <translation>Plus de gommettes : retirez-en d&apos;abord une à une autre option.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick every option you support.</source>
        <translation>Cochez chaque option que vous soutenez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the options in your order of preference, the best first.</source>
        <translation>Classez les options par ordre de préférence, la meilleure en premier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{option}” is now number {rank}.</source>
        <translation>« {option} » est maintenant en position {rank}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{option}” up</source>
        <translation>Monter « {option} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{option}” down</source>
        <translation>Descendre « {option} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each option a score from 1 (low) to 5 (high). An option without a score is an abstention.</source>
        <translation>Donnez à chaque option une note de 1 (faible) à 5 (élevée). Une option sans note compte comme une abstention.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score {score} for “{option}”</source>
        <translation>Note {score} pour « {option} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No score</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time voter code</source>
        <translation>Code de vote à usage unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secret ballot needs the one-time voter code from your slip.</source>
        <translation>Un vote à bulletin secret demande le code à usage unique inscrit sur votre billet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your one-time voter code.</source>
        <translation>Saisissez votre code de vote à usage unique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one option before casting your ballot.</source>
        <translation>Choisissez au moins une option avant de déposer votre bulletin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my ballot</source>
        <translation>Déposer mon bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ballot was received at {time}.</source>
        <translation>Votre bulletin a été reçu à {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ballot was changed at {time}.</source>
        <translation>Votre bulletin a été modifié à {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check code: {check}</source>
        <translation>Code de contrôle : {check}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my ballot</source>
        <translation>Modifier mon bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my earlier ballot</source>
        <translation>Garder mon bulletin précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secret ballot cannot be changed once cast.</source>
        <translation>Un bulletin secret ne peut plus être modifié une fois déposé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots cast: {count}</source>
        <translation>Bulletins déposés : {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points: {points}</source>
        <translation>Points : {points}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score: {mean}</source>
        <translation>Note moyenne : {mean}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page needs JavaScript.</source>
        <translation>Cette page a besoin de JavaScript.</translation>
    </message>
</context>
<context>
    <name>RoomSession</name>
    <message>
        <location filename="../sim_facilitator/ui/room/room_session.py" line="+48"/>
        <source>The room did not start in time. Close other programs and try again.</source>
        <translation>La salle n&apos;a pas démarré à temps. Fermez les autres programmes et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The room could not listen on the network ({reason}). Another program may use the port, or the system refused it.</source>
        <translation>La salle n&apos;a pas pu écouter sur le réseau ({reason}). Un autre programme utilise peut-être le port, ou le système l&apos;a refusé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room could not be opened ({reason}).</source>
        <translation>La salle n&apos;a pas pu être ouverte ({reason}).</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The room stopped unexpectedly. Open it again to continue.</source>
        <translation>La salle s’est arrêtée de façon inattendue. Ouvrez-la de nouveau pour continuer.</translation>
    </message>
</context>
<context>
    <name>RoomStatus</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/room/room_status.py" line="+40"/>
        <source>Room open · %1 · %n phone(s)</source>
        <translation>
            <numerusform>Salle ouverte · %1 · %n téléphone</numerusform>
            <numerusform>Salle ouverte · %1 · %n téléphones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the join screen</source>
        <translation>Afficher l&apos;écran pour rejoindre la salle</translation>
    </message>
</context>
<context>
    <name>RoomTroubleshooting</name>
    <message>
        <location filename="../sim_facilitator/ui/room/room_troubleshooting.py" line="+33"/>
        <source>The phones do not find the address.</source>
        <translation>Les téléphones ne trouvent pas l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many phone hotspots and guest or venue Wi-Fi networks keep devices apart (client isolation). Use a small travel router, or make this laptop the hotspot, and connect the phones to it.</source>
        <translation>Beaucoup de partages de connexion de téléphones et de réseaux Wi-Fi d&apos;invités ou de lieux isolent les appareils les uns des autres (isolation des clients). Utilisez un petit routeur de voyage, ou faites de cet ordinateur le point d&apos;accès, et connectez-y les téléphones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows asks whether to allow the app on the network.</source>
        <translation>Windows demande s&apos;il faut autoriser l&apos;application sur le réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer Allow, on private networks. If it was refused, phones cannot connect: allow SIM Facilitator in Windows Defender Firewall, or set the Wi-Fi network as private.</source>
        <translation>Répondez Autoriser, sur les réseaux privés. Si cela a été refusé, les téléphones ne peuvent pas se connecter : autorisez SIM Facilitateur dans le pare-feu Windows Defender, ou définissez le réseau Wi-Fi comme privé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone says the network has no internet.</source>
        <translation>Le téléphone indique que le réseau n&apos;a pas internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer “Stay connected”. The room needs no internet; if the phone keeps leaving the Wi-Fi, turn off its mobile data.</source>
        <translation>Répondez « Rester connecté ». La salle n&apos;a pas besoin d&apos;internet ; si le téléphone quitte sans cesse le Wi-Fi, coupez ses données mobiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop is on several networks.</source>
        <translation>Cet ordinateur est sur plusieurs réseaux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the address of the network the phones are on.</source>
        <translation>Choisissez l&apos;adresse du réseau où sont les téléphones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones drop out after a few arrive.</source>
        <translation>Les téléphones décrochent après les premiers arrivés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone&apos;s hotspot takes only a few devices. For more than about ten people, use a travel router.</source>
        <translation>Le partage de connexion d&apos;un téléphone n&apos;accepte que quelques appareils. Au-delà d&apos;une dizaine de personnes, utilisez un routeur de voyage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If phones cannot connect</source>
        <translation>Si les téléphones ne se connectent pas</translation>
    </message>
</context>
<context>
    <name>SeatingDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/tables/seating_dialog.py" line="+190"/>
        <source>Seat people: %1</source>
        <translation>Placer les personnes : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one or more people and press their table&apos;s number (1 to 9), or choose the table under the list. 0 or Delete takes them off their table. Every change is saved at once.</source>
        <translation>Sélectionnez une ou plusieurs personnes et tapez le numéro de leur table (1 à 9), ou choisissez la table sous la liste. 0 ou Suppr les retire de leur table. Chaque changement est enregistré aussitôt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name or an organisation</source>
        <translation>Un nom ou une organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People and their tables</source>
        <translation>Les personnes et leurs tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to:</source>
        <translation>&amp;Déplacer vers :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ove</source>
        <translation>Dé&amp;placer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take off their table</source>
        <translation>&amp;Retirer de leur table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tables (double-click a name or question to change it):</source>
        <translation>&amp;Tables (double-cliquez sur un nom ou une question pour le changer) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the table</source>
        <translation>&amp;Supprimer la table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not seated</source>
        <translation>Sans table</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1: %Ln</source>
        <translation>
            <numerusform>%1 : %Ln</numerusform>
            <numerusform>%1 : %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>not seated: %Ln</source>
        <translation>
            <numerusform>sans table : %Ln</numerusform>
            <numerusform>sans table : %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select someone in the list first.</source>
        <translation>Sélectionnez d’abord quelqu’un dans la liste.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln person(s): %1</source>
        <translation>
            <numerusform>%Ln personne : %1</numerusform>
            <numerusform>%Ln personnes : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no table %1.</source>
        <translation>Il n’y a pas de table %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a table first.</source>
        <translation>Sélectionnez d’abord une table.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../sim_facilitator/ui/setup/setup_view.py" line="+52"/>
        <source>No agenda item yet. Type the first item&apos;s title and its planned minutes above, then press Enter.</source>
        <translation>Aucun point à l&apos;ordre du jour pour l&apos;instant. Tapez ci-dessus le titre du premier point et sa durée prévue en minutes, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No guiding question yet. Type the first one above and press Enter.</source>
        <translation>Aucune question directrice pour l&apos;instant. Tapez la première ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Set-up</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework of principles</source>
        <translation>Cadre des principes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda items in order, with their planned duration. Double-click to edit.</source>
        <translation>Les points de l&apos;ordre du jour dans l&apos;ordre, avec leur durée prévue. Double-cliquez pour modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questions the ideas answer. Double-click to edit.</source>
        <translation>Les questions auxquelles répondent les idées. Double-cliquez pour modifier.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/shortcuts_overlay.py" line="+36"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Show this list of shortcuts</source>
        <translation>Afficher cette liste de raccourcis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of workshops</source>
        <translation>Retour à la liste des ateliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next tab (Ctrl+Shift+Tab: previous)</source>
        <translation>Onglet suivant (Ctrl+Maj+Tab : précédent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes (PDF or Word)</source>
        <translation>Procès-verbal (PDF ou Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector view</source>
        <translation>Vue projecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small note-taker window</source>
        <translation>Petite fenêtre du rapporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the room to phones (join screen)</source>
        <translation>Ouvrir la salle aux téléphones (écran pour rejoindre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National dashboard</source>
        <translation>Tableau de bord national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange bundles (export, import)</source>
        <translation>Échanger des paquets (exporter, importer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination: import bundles, sources</source>
        <translation>Coordination : importer des paquets, sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit (everything is already saved)</source>
        <translation>Quitter (tout est déjà enregistré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the underlined letter: press that button</source>
        <translation>Avec la lettre soulignée : appuyer sur ce bouton</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture</source>
        <translation>Saisie des idées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the idea</source>
        <translation>Enregistrer l&apos;idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the idea</source>
        <translation>Nouvelle ligne dans l&apos;idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question 1 (Ctrl+2 … Ctrl+9: the others)</source>
        <translation>Question 1 (Ctrl+2 … Ctrl+9 : les autres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No question</source>
        <translation>Aucune question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question (Alt+Up: previous)</source>
        <translation>Question suivante (Alt+Haut : précédente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next breakout table (Ctrl+Shift+T: previous)</source>
        <translation>Table de travail suivante (Ctrl+Maj+T : précédente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next photo to type from (Ctrl+Shift+I: previous)</source>
        <translation>Photo suivante à transcrire (Ctrl+Maj+I : précédente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the author</source>
        <translation>Choisir l&apos;auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the ideas</source>
        <translation>Filtrer les idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the list of ideas</source>
        <translation>Aller à la liste des idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected idea</source>
        <translation>Modifier l&apos;idée sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected ideas</source>
        <translation>Supprimer les idées sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the text box</source>
        <translation>Retour à la zone de texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Undo (Ctrl+Shift+Z: redo)</source>
        <translation>Annuler (Ctrl+Maj+Z : rétablir)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Note-taker mode</source>
        <translation>Mode rapporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture in a small window on top</source>
        <translation>Saisir dans une petite fenêtre au premier plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report-back on the projector (Tables tab)</source>
        <translation>Restitution au projecteur (onglet Tables)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next table</source>
        <translation>Table suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous table</source>
        <translation>Table précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tables side by side</source>
        <translation>Toutes les tables côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the room view</source>
        <translation>Retour à la vue de la salle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organise: clusters</source>
        <translation>Organisation : groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next cluster</source>
        <translation>Groupe suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select more ideas</source>
        <translation>Sélectionner d&apos;autres idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the selected ideas into a new cluster</source>
        <translation>Regrouper les idées sélectionnées dans un nouveau groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the cluster</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to the cluster on the left (Ctrl+Right: on the right)</source>
        <translation>Déplacer vers le groupe de gauche (Ctrl+Droite : de droite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to a cluster chosen by name</source>
        <translation>Déplacer vers un groupe choisi par son nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into a new cluster</source>
        <translation>Séparer dans un nouveau groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolve the cluster</source>
        <translation>Dissoudre le groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected ideas as duplicates</source>
        <translation>Fusionner les idées sélectionnées comme doublons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the selected ideas to principle 1 (… 9)</source>
        <translation>Rattacher les idées sélectionnées au principe 1 (… 9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the whole cluster to principle 1 (… 9)</source>
        <translation>Rattacher tout le groupe au principe 1 (… 9)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organise: mapping matrix</source>
        <translation>Organisation : tableau de rattachement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First column (the idea or cluster)</source>
        <translation>Première colonne (l&apos;idée ou le groupe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength 0 to 3 of the mapping (1, 2, 3)</source>
        <translation>Force du rattachement de 0 à 3 (1, 2, 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the mapping</source>
        <translation>Supprimer le rattachement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes and dialogs</source>
        <translation>Votes et boîtes de dialogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the focused button, tick a box</source>
        <translation>Appuyer sur le bouton actif, cocher une case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm (the default button)</source>
        <translation>Confirmer (le bouton par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the dialog or cancel</source>
        <translation>Fermer la boîte de dialogue ou annuler</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Find a shortcut…</source>
        <translation>Rechercher un raccourci…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a shortcut</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every screen works with the keyboard alone: Tab moves between controls, the focused control is outlined.</source>
        <translation>Chaque écran fonctionne au clavier seul : Tab passe d&apos;une commande à l&apos;autre, la commande active est encadrée.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../sim_facilitator/sync/errors.py" line="+15"/>
        <source>This pairing code is not right. Check the code shown on the room&apos;s laptop.</source>
        <translation>Ce code d&apos;appairage n&apos;est pas le bon. Vérifiez le code affiché sur l&apos;ordinateur de la salle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing code has expired. Use the new code shown on the room&apos;s laptop.</source>
        <translation>Ce code d&apos;appairage a expiré. Utilisez le nouveau code affiché sur l&apos;ordinateur de la salle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing code was used already. Use the new code shown on the room&apos;s laptop.</source>
        <translation>Ce code d&apos;appairage a déjà servi. Utilisez le nouveau code affiché sur l&apos;ordinateur de la salle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong pairing codes. Wait {seconds} seconds, then type the new code.</source>
        <translation>Trop de codes d&apos;appairage erronés. Attendez {seconds} secondes, puis tapez le nouveau code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing was not started or has expired. Type the code again.</source>
        <translation>Cet appairage n&apos;a pas été commencé ou a expiré. Tapez de nouveau le code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s laptop refused this pairing.</source>
        <translation>L&apos;ordinateur de la salle a refusé cet appairage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The laptop {device} is known here with another signing key: refused. If it was reinstalled, remove it from the trusted laptops first.</source>
        <translation>L&apos;ordinateur {device} est connu ici avec une autre clé de signature : refusé. S&apos;il a été réinstallé, retirez-le d&apos;abord des ordinateurs de confiance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other laptop could not prove it holds the key it showed: pairing refused.</source>
        <translation>L&apos;autre ordinateur n&apos;a pas pu prouver qu&apos;il détient la clé affichée : appairage refusé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is not paired with the other one. Pair them with the room&apos;s code first.</source>
        <translation>Cet ordinateur n&apos;est pas appairé avec l&apos;autre. Appairez-les d&apos;abord avec le code de la salle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sync message was altered on the way (its signature does not match).</source>
        <translation>Un message de synchronisation a été modifié en route (sa signature ne correspond pas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync message was signed with another key than the paired laptop&apos;s: refused.</source>
        <translation>Un message de synchronisation est signé avec une autre clé que celle de l&apos;ordinateur appairé : refusé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sync message was received before (a replay): refused.</source>
        <translation>Ce message de synchronisation a déjà été reçu (une répétition) : refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync message is meant for another laptop: refused.</source>
        <translation>Ce message de synchronisation est destiné à un autre ordinateur : refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync reply answers no request this laptop is waiting for: refused.</source>
        <translation>Cette réponse de synchronisation ne répond à aucune demande en attente sur cet ordinateur : refusée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sync message is malformed ({field}): refused.</source>
        <translation>Un message de synchronisation est mal formé ({field}) : refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync message carries changes that are not valid: {reason}</source>
        <translation>Un message de synchronisation contient des modifications non valides : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync message is too large: refused.</source>
        <translation>Un message de synchronisation est trop grand : refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync batch does not follow what this laptop received before: refused.</source>
        <translation>Un lot de synchronisation ne fait pas suite à ce que cet ordinateur a reçu : refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many sync requests at once. Wait a few seconds.</source>
        <translation>Trop de demandes de synchronisation à la fois. Attendez quelques secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s laptop cannot be reached ({reason}).</source>
        <translation>L&apos;ordinateur de la salle est injoignable ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo sent by the other laptop is larger than a photo can be: refused, nothing stored.</source>
        <translation>Une photo envoyée par l&apos;autre ordinateur est plus grande qu&apos;une photo ne peut l&apos;être : refusée, rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A photo sent by the other laptop does not match its SHA-256 (it was altered): refused, nothing stored.</source>
        <translation>Une photo envoyée par l&apos;autre ordinateur ne correspond pas à son SHA-256 (elle a été modifiée) : refusée, rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A photo sent by the other laptop is not a whole JPEG picture as the app makes them: refused, nothing stored.</source>
        <translation>Une photo envoyée par l&apos;autre ordinateur n&apos;est pas une image JPEG complète telle que l&apos;application les produit : refusée, rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other laptop sent a picture that no photo on this laptop refers to: refused, nothing stored.</source>
        <translation>L&apos;autre ordinateur a envoyé une image à laquelle aucune photo de cet ordinateur ne renvoie : refusée, rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other laptop sent a photo this laptop did not ask for: refused, nothing stored.</source>
        <translation>L&apos;autre ordinateur a envoyé une photo que cet ordinateur n&apos;a pas demandée : refusée, rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is not a loopback or private-network address; laptops sync only on the local network.</source>
        <translation>{host} n&apos;est ni une adresse locale (loopback) ni une adresse de réseau privé ; les ordinateurs ne se synchronisent que sur le réseau local.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/room/sync_status.py" line="+75"/>
        <source>Connected · last synced %n s ago</source>
        <translation>
            <numerusform>Connecté · dernière synchronisation il y a %n s</numerusform>
            <numerusform>Connecté · dernière synchronisation il y a %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a photo&apos;s picture was refused</source>
        <translation>une photo a été refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — working on this laptop, will catch up</source>
        <translation>Hors ligne — travail sur cet ordinateur, rattrapage automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to the room…</source>
        <translation>Connexion à la salle…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Last synced %n s ago</source>
        <translation>
            <numerusform>Dernière synchronisation il y a %n s</numerusform>
            <numerusform>Dernière synchronisation il y a %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave the room</source>
        <translation>&amp;Quitter la salle</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sync_view.py" line="+186"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts</source>
        <translation>%1 nouveaux, %2 mis à jour, %3 inchangés, %4 conflits</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+26"/>
        <location line="+137"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Tick at least one workshop to export.</source>
        <translation>Cochez au moins un atelier à exporter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>SIM bundles (*.simbundle)</source>
        <translation>Paquets SIM (*.simbundle)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Writing and checking the bundle…</source>
        <translation>Écriture et vérification du paquet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle %1 is written and checked (%2 changes). Content fingerprint: %3.</source>
        <translation>Le paquet %1 est écrit et vérifié (%2 modifications). Empreinte du contenu : %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking and importing bundles…</source>
        <translation>Vérification et importation des paquets…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A laptop not seen before</source>
        <translation>Un ordinateur jamais vu auparavant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle %1 comes from a laptop this database does not know. Its fingerprint is:

%2

Compare it with the fingerprint shown on that laptop. Accept this laptop?</source>
        <translation>Le paquet %1 vient d&apos;un ordinateur que cette base de données ne connaît pas. Son empreinte est :

%2

Comparez-la avec l&apos;empreinte affichée sur cet ordinateur. Accepter cet ordinateur ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not accepted</source>
        <translation>non accepté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes dated more than a day ahead were set aside (check that laptop&apos;s clock).</source>
        <translation>%1 modifications datées de plus d&apos;un jour dans le futur ont été mises de côté (vérifiez l&apos;horloge de cet ordinateur).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bundle was not written</source>
        <translation>Le paquet n&apos;a pas été écrit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange bundles</source>
        <translation>Échanger des paquets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop&apos;s fingerprint: %1</source>
        <translation>Empreinte de cet ordinateur : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kit only (set-up, for the facilitator)</source>
        <translation>Kit seulement (préparation, pour le facilitateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the photos&apos; pictures</source>
        <translation>Avec les images des photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick to keep the file small: the photos travel without their pictures.</source>
        <translation>Décochez pour garder un petit fichier : les photos voyagent sans leurs images.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles…</source>
        <translation>Importer des paquets…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>SynthesisDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/synthesis_dialog.py" line="+46"/>
        <source>National synthesis</source>
        <translation>Synthèse nationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the synthesis:</source>
        <translation>Langue de la synthèse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the synthesis as</source>
        <translation>Enregistrer la synthèse sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating the synthesis…</source>
        <translation>Génération de la synthèse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthesis written: {path} ({pages} pages, fingerprint {fp}).</source>
        <translation>Synthèse écrite : {path} ({pages} pages, empreinte {fp}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The synthesis could not be generated: {reason}</source>
        <translation>La synthèse n&apos;a pas pu être générée : {reason}</translation>
    </message>
</context>
<context>
    <name>TablesView</name>
    <message>
        <location filename="../sim_facilitator/ui/tables/tables_view.py" line="+216"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breakout:</source>
        <translation>&amp;Travail en groupes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of tables:</source>
        <translation>&amp;Nombre de tables :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question for every table (optional)</source>
        <translation>Question pour toutes les tables (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create tables</source>
        <translation>&amp;Créer les tables</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting off</source>
        <translation>Comptage (1, 2, 3…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced by kind of actor</source>
        <translation>Équilibré par type d&apos;acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to assign people to tables</source>
        <translation>Façon de répartir les personnes entre les tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep people already seated</source>
        <translation>Garder les personnes déjà placées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign the people present</source>
        <translation>&amp;Répartir les présents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eat people…</source>
        <translation>P&amp;lacer les personnes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place people by hand or as they choose; rename tables, give each its question</source>
        <translation>Placer les personnes à la main ou selon leur choix ; renommer les tables, donner à chacune sa question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the &amp;scribe…</source>
        <translation>Choisir le ou la &amp;secrétaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the &amp;reporter…</source>
        <translation>Choisir le ou la &amp;porte-parole…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;back on the projector</source>
        <translation>Resti&amp;tution au projecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;photos…</source>
        <translation>Ajouter des &amp;photos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the photos…</source>
        <translation>&amp;Voir les photos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gallery walk vote…</source>
        <translation>Vote de la &amp;galerie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A vote over every table&apos;s ideas, from phones or on paper (Votes tab)</source>
        <translation>Un vote sur les idées de toutes les tables, depuis les téléphones ou sur papier (onglet Votes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos of the selected table&apos;s flipchart (or drop picture files here)</source>
        <translation>Photos du tableau de papier de la table choisie (ou déposez des fichiers d&apos;images ici)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous table</source>
        <translation>Table précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next table</source>
        <translation>Table suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tables side by side</source>
        <translation>Toutes les tables côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the room view</source>
        <translation>Retour à la vue de la salle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The projector shows the agenda, the vote or the idea wall again (%1)</source>
        <translation>Le projecteur montre de nouveau l&apos;ordre du jour, le vote ou les dernières idées (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>Scribe</source>
        <translation>Secrétaire de table</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+186"/>
        <source>Reporter</source>
        <translation>Porte-parole</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breakout tables</source>
        <translation>Tables de travail</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+35"/>
        <source>%Ln idea(s)</source>
        <translation>
            <numerusform>%Ln idée</numerusform>
            <numerusform>%Ln idées</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No tables for this agenda item yet.</source>
        <translation>Pas encore de tables pour ce point de l&apos;ordre du jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln table</numerusform>
            <numerusform>%Ln tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln table(s) with nothing yet</source>
        <translation>
            <numerusform>%Ln table sans rien pour l&apos;instant</numerusform>
            <numerusform>%Ln tables sans rien pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+60"/>
        <location line="+16"/>
        <source>Select a table first.</source>
        <translation>Sélectionnez d&apos;abord une table.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Nobody sits at this table yet.</source>
        <translation>Personne n&apos;est encore assis à cette table.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dots</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallery walk vote</source>
        <translation>Vote de la galerie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How people vote:</source>
        <translation>Façon de voter :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gallery walk: %1</source>
        <translation>Visite de la galerie : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gallery walk vote is ready in the Votes tab (a draft): open it there. Phones, the ballot screen and paper tallies all work for it.</source>
        <translation>Le vote de la galerie est prêt dans l&apos;onglet Votes (en brouillon) : ouvrez-le là. Les téléphones, l&apos;écran de vote et les décomptes papier fonctionnent tous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos of the flipchart</source>
        <translation>Photos du tableau de papier</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Ajout de %n photo…</numerusform>
            <numerusform>Ajout de %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Photos of the table: {table}</source>
        <translation>Photos de la table : {table}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>On the projector: no tables for this agenda item yet</source>
        <translation>Au projecteur : pas encore de tables pour ce point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the projector: all tables side by side</source>
        <translation>Au projecteur : toutes les tables côte à côte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the projector: the gallery walk&apos;s results</source>
        <translation>Au projecteur : les résultats de la visite de la galerie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the projector: %1 (%2 of %3)</source>
        <translation>Au projecteur : %1 (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A vote is open: the projector shows it again when you go back to the room view.</source>
        <translation>Un vote est ouvert : le projecteur le montre de nouveau quand vous revenez à la vue de la salle.</translation>
    </message>
</context>
<context>
    <name>TallyEntry</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/tally_entry.py" line="+107"/>
        <location line="+9"/>
        <source>Tally entry</source>
        <translation>Saisie du décompte</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Entry by</source>
        <translation>Saisie par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first person (A)</source>
        <translation>première personne (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second person (B)</source>
        <translation>seconde personne (B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Number of voters</source>
        <translation>Nombre de votants</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record entry B</source>
        <translation>Enregistrer la saisie B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record entry A</source>
        <translation>Enregistrer la saisie A</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agrees</source>
        <translation>concorde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the second entry (B) to check the counts.</source>
        <translation>En attente de la seconde saisie (B) pour contrôler les nombres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the counts from the paper sheet, then record them.</source>
        <translation>Saisissez les nombres de la feuille papier, puis enregistrez-les.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Entries A and B differ on %n line(s), highlighted. Re-count those lines and correct the wrong entry.</source>
        <translation>
            <numerusform>Les saisies A et B diffèrent sur %n ligne, surlignée. Recomptez-la et corrigez la mauvaise saisie.</numerusform>
            <numerusform>Les saisies A et B diffèrent sur %n lignes, surlignées. Recomptez-les et corrigez la mauvaise saisie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entries A and B agree.</source>
        <translation>Les saisies A et B concordent.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../sim_facilitator/ui/capture/undo.py" line="+32"/>
        <source>add an idea</source>
        <translation>ajouter une idée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>edit an idea</source>
        <translation>modifier une idée</translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <location line="+18"/>
        <source>delete %n idea(s)</source>
        <translation>
            <numerusform>supprimer %n idée</numerusform>
            <numerusform>supprimer %n idées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnresolvedReport</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/common/unresolved_report.py" line="+23"/>
        <source>%n character(s) could not be drawn with the app&apos;s fonts: each is printed as a box with its code point and still reads as itself when the text is copied.</source>
        <translation>
            <numerusform>%n caractère n&apos;a pas pu être dessiné avec les polices de l&apos;application : il est imprimé dans un cadre avec son point de code et se lit toujours tel quel quand le texte est copié.</numerusform>
            <numerusform>%n caractères n&apos;ont pas pu être dessinés avec les polices de l&apos;application : chacun est imprimé dans un cadre avec son point de code et se lit toujours tel quel quand le texte est copié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} on page {page}</source>
        <translation>{code} page {page}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/upgrade_notice.py" line="+28"/>
        <source>Updating your data</source>
        <translation>Mise à jour de vos données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This version of SIM Facilitator keeps its data in a new way. Your data is being brought up to date: this happens once, and takes up to a minute for a large national database. Please do not close the app.</source>
        <translation>Cette version de SIM Facilitator range ses données autrement. Vos données sont mises à jour : cela n’arrive qu’une fois et peut prendre jusqu’à une minute pour une grande base nationale. Merci de ne pas fermer l’application.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/help.py" line="+75"/>
        <location line="+1"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is not installed with this copy.</source>
        <translation>Le guide d&apos;utilisation n&apos;est pas installé avec cette copie.</translation>
    </message>
</context>
<context>
    <name>VoteTexts</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/vote_texts.py" line="+23"/>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking (Borda)</source>
        <translation>Classement (Borda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores 1–5</source>
        <translation>Notes de 1 à 5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret ballot on this laptop</source>
        <translation>Bulletin secret sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper tally</source>
        <translation>Décompte papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper tally, entered twice</source>
        <translation>Décompte papier, saisi deux fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results are hidden until the vote closes.</source>
        <translation>Les résultats sont masqués jusqu&apos;à la clôture du vote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results appear once at least two ballots are cast.</source>
        <translation>Les résultats apparaissent dès qu&apos;au moins deux bulletins sont déposés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tally A and tally B differ: reconcile them to see the results.</source>
        <translation>Les décomptes A et B diffèrent : réconciliez-les pour voir les résultats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tally has been entered yet.</source>
        <translation>Aucun décompte n&apos;a encore été saisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas were merged after the tally: the facilitator decides how to count them.</source>
        <translation>Des idées ont été fusionnées après le décompte : le facilitateur décide comment les compter.</translation>
    </message>
</context>
<context>
    <name>VotesView</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/votes_view.py" line="+74"/>
        <source>No vote yet. Create one with “New vote”.</source>
        <translation>Aucun vote pour l&apos;instant. Créez-en un avec « Nouveau vote ».</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+94"/>
        <source>New vote</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/round_settings.py" line="+114"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote on</source>
        <translation>Voter sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/round_results.py" line="+103"/>
        <location filename="../sim_facilitator/ui/votes/round_settings.py" line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/round_settings.py" line="+1"/>
        <source>Collected by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie-break rule</source>
        <translation>Règle de départage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dots per voter</source>
        <translation>Gommettes par votant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per option</source>
        <translation>Maximum par option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several dots on one option</source>
        <translation>Plusieurs gommettes sur une option</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide results until the vote closes</source>
        <translation>Masquer les résultats jusqu&apos;à la clôture du vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the facilitator asks the room to decide</source>
        <translation>ex. le facilitateur demande à la salle de trancher</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/votes_view.py" line="-92"/>
        <source>Open the vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-open…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot screen</source>
        <translation>Écran de vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter tally</source>
        <translation>Saisir le décompte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time numbers…</source>
        <translation>Numéros à usage unique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The vote is open.</source>
        <translation>Le vote est ouvert.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The vote is closed: %n ballot(s) cast.</source>
        <translation>
            <numerusform>Le vote est clos : %n bulletin déposé.</numerusform>
            <numerusform>Le vote est clos : %n bulletins déposés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/round_results.py" line="+3"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores 1–5</source>
        <translation>Notes de 1 à 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count them together</source>
        <translation>Les compter ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the tally again</source>
        <translation>Saisir à nouveau le décompte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — %2 — ballots cast: %3 of %4 present (turnout %5)</source>
        <translation>%1 — %2 — bulletins déposés : %3 sur %4 présents (participation %5)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The tally was entered before these ideas were merged, so their counts are not added up: %1. Someone who marked both would be counted twice. Count them together, or enter the tally again?</source>
        <translation>Le décompte a été saisi avant la fusion de ces idées, leurs voix ne sont donc pas additionnées : %1. Une personne qui a voté pour les deux serait comptée deux fois. Les compter ensemble, ou saisir à nouveau le décompte ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counted together after a merge, as decided: %1</source>
        <translation>Comptés ensemble après une fusion, comme décidé : %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no tie-break rule recorded</source>
        <translation>aucune règle de départage consignée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tie: %1. Tie-break rule: %2</source>
        <translation>Égalité : %1. Règle de départage : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-opened: %1</source>
        <translation>Rouvert : %1</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/votes_view.py" line="+6"/>
        <source>Re-open the vote</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the vote re-opened?</source>
        <translation>Pourquoi le vote est-il rouvert ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>One-time numbers</source>
        <translation>Numéros à usage unique</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>How many numbers?</source>
        <translation>Combien de numéros ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write each number on a slip and let people draw them at random. They are shown only now; the app keeps no list of them.</source>
        <translation>Écrivez chaque numéro sur un billet et faites-les tirer au hasard. Ils ne sont affichés que maintenant ; l&apos;application n&apos;en garde aucune liste.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/welcome_dialog.py" line="+121"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to SIM Facilitator</source>
        <translation>Bienvenue dans SIM Facilitateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the app:</source>
        <translation>Choisissez la langue de l&apos;application :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app switches at once; you can change it later in the Language menu.</source>
        <translation>L&apos;application change aussitôt ; vous pourrez la modifier plus tard dans le menu Langue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three roles use this app:</source>
        <translation>Trois rôles utilisent cette application :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Facilitator&lt;/b&gt;: prepares the workshop, checks people in, runs the agenda, organises the ideas, runs the votes and prints the minutes.</source>
        <translation>&lt;b&gt;Facilitateur&lt;/b&gt; : prépare l&apos;atelier, accueille les participants, suit l&apos;ordre du jour, organise les idées, conduit les votes et imprime le procès-verbal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Note-taker&lt;/b&gt;: captures the ideas as people speak, with the keyboard only (Enter saves each idea).</source>
        <translation>&lt;b&gt;Rapporteur&lt;/b&gt; : saisit les idées au fil de la parole, au clavier seulement (Entrée enregistre chaque idée).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Coordinator&lt;/b&gt;: prepares workshop kits and merges the bundles that come back from every venue into the national picture.</source>
        <translation>&lt;b&gt;Coordinateur&lt;/b&gt; : prépare les kits d&apos;atelier et rassemble les paquets qui reviennent de chaque lieu dans le tableau national.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start with the demo workshop to try everything safely, or create your own blank workshop. Everything you type is saved at once.</source>
        <translation>Commencez par l&apos;atelier de démonstration pour tout essayer sans risque, ou créez votre propre atelier vierge. Tout ce que vous tapez est enregistré aussitôt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;demo workshop</source>
        <translation>Ouvrir l&apos;atelier de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A realistic example workshop with ideas, clusters and votes.</source>
        <translation>Un atelier d&apos;exemple réaliste, avec des idées, des groupes et des votes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a &amp;blank workshop…</source>
        <translation>Créer un atelier &amp;vierge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/workshop_table_model.py" line="+68"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/workspace_page.py" line="+55"/>
        <source>← Workshops</source>
        <translation>← Ateliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of workshops (Alt+Home)</source>
        <translation>Retour à la liste des ateliers (Alt+Début)</translation>
    </message>
</context>
</TS>
