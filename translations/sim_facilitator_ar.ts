<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../sim_facilitator/ui/record/actions_view.py" line="+87"/>
        <source>No action yet. Add one here, or turn an idea or a cluster into an action.</source>
        <translation>لا يوجد أي إجراء بعد. أضف إجراء هنا، أو حوّل فكرة أو مجموعة إلى إجراء.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>متخلى عنه</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the status</source>
        <translation>عرض الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the principle</source>
        <translation>عرض المبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>&amp;تصفية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text or organisation</source>
        <translation>النص أو الهيئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>السنة-الشهر-اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;idea or cluster:</source>
        <translation>انطلاقا من &amp;فكرة أو مجموعة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create action from it</source>
        <translation>&amp;إنشاء إجراء انطلاقا منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New action</source>
        <translation>إجراء &amp;جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;ماذا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner organisation:</source>
        <translation>الهيئة ال&amp;مسؤولة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;تاريخ الاستحقاق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;وضعية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Principles served:</source>
        <translation>ال&amp;مبادئ المخدومة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete this action</source>
        <translation>&amp;حذف هذا الإجراء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principles</source>
        <translation>المبادئ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <translation>كل الوضعيات</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All principles</source>
        <translation>كل المبادئ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster: %1</source>
        <translation>المجموعة: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No action serves: %1</source>
        <translation>لا يخدم أي إجراء: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every principle is served by at least one action.</source>
        <translation>كل مبدأ يخدمه إجراء واحد على الأقل.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
</context>
<context>
    <name>AgendaTimer</name>
    <message>
        <location filename="../sim_facilitator/ui/capture/agenda_timer.py" line="+193"/>
        <source>No agenda items yet.</source>
        <translation>لا توجد بنود في جدول الأعمال بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agenda is over.</source>
        <translation>انتهى جدول الأعمال.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{number} of {total}</source>
        <translation>{number} من {total}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paused</source>
        <translation>متوقف مؤقتا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left for this item</source>
        <translation>الوقت المتبقي لهذا البند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time is up for {title}</source>
        <translation>انتهى الوقت المخصص لـ {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time is up: {overrun} over</source>
        <translation>انتهى الوقت: تجاوز بـ {overrun}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item</source>
        <translation>البند الموالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the timer of the current agenda item</source>
        <translation>تشغيل مؤقت البند الحالي من جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this item and start the next one</source>
        <translation>إنهاء هذا البند والانتقال إلى البند الموالي</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../sim_facilitator/app.py" line="+75"/>
        <source>Something went wrong. Everything shown as saved is safe. The details were written to {path}.</source>
        <translation>حدث خطأ غير متوقع. كل ما ظهر على أنه محفوظ في أمان. سُجّلت التفاصيل في {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SIM Facilitator</source>
        <translation>ميسّر SIM</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/backups_dialog.py" line="+49"/>
        <location line="+1"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is made each time the app opens and before every import. Restoring one replaces the current data; the current data is itself kept as a backup first, so a restore can be undone.</source>
        <translation>تُنجز نسخة احتياطية عند كل فتح للتطبيق وقبل كل استيراد. استرجاع نسخة يعوّض البيانات الحالية؛ وتُحفظ البيانات الحالية نفسها أولا في نسخة احتياطية، فيمكن التراجع عن الاسترجاع.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore the selected backup</source>
        <translation>&amp;استرجاع النسخة المحددة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>when the app opened</source>
        <translation>عند فتح التطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>قبل استرجاع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — damaged, cannot be restored</source>
        <translation>%1 — تالفة، لا يمكن استرجاعها</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — %n workshop(s)</source>
        <translation>
            <numerusform>%1 — لا توجد أي ورشة</numerusform>
            <numerusform>%1 — ورشة واحدة</numerusform>
            <numerusform>%1 — ورشتان</numerusform>
            <numerusform>%1 — %n ورشات</numerusform>
            <numerusform>%1 — %n ورشة</numerusform>
            <numerusform>%1 — %n ورشة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore this backup?</source>
        <translation>استرجاع هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data on this laptop will be replaced by the backup of %1.</source>
        <translation>ستُعوَّض البيانات الموجودة على هذا الحاسوب بالنسخة الاحتياطية المؤرخة في %1.</translation>
    </message>
</context>
<context>
    <name>BallotCount</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/votes/ballot_count.py" line="+35"/>
        <source>%Ln ballot(s) received</source>
        <translation>
            <numerusform>لم تصل أي ورقة تصويت</numerusform>
            <numerusform>وصلت ورقة تصويت واحدة</numerusform>
            <numerusform>وصلت ورقتا تصويت</numerusform>
            <numerusform>وصلت %Ln أوراق تصويت</numerusform>
            <numerusform>وصلت %Ln ورقة تصويت</numerusform>
            <numerusform>وصلت %Ln ورقة تصويت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotScreen</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/ballot_screen.py" line="+199"/>
        <source>Secret ballot</source>
        <translation>اقتراع سري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass the laptop to the next voter</source>
        <translation>سلّموا الحاسوب إلى المصوّت الموالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am ready to vote</source>
        <translation>أنا مستعد للتصويت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is voting?</source>
        <translation>من يصوّت؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My name (checked in)</source>
        <translation>اسمي (مسجّل الحضور)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or my one-time number</source>
        <translation>أو رقمي الصالح لمرة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 482913</source>
        <translation>مثلا 482913</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel, vote later</source>
        <translation>إلغاء، سأصوّت لاحقا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review my ballot</source>
        <translation>مراجعة ورقة تصويتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this your ballot?</source>
        <translation>هل هذه ورقة تصويتك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm my vote</source>
        <translation>تأكيد تصويتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have already voted: this ballot will replace your earlier one.</source>
        <translation>لقد صوّتّ من قبل: ستحل هذه الورقة محل ورقتك السابقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Ballots cast: %1</source>
        <translation>الأوراق المدلى بها: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vote is not open.</source>
        <translation>هذا التصويت غير مفتوح.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose your name or type your one-time number.</source>
        <translation>اختر اسمك أو اكتب رقمك الصالح لمرة واحدة.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 dots to give, at most %2 per option. Dots left: %3.</source>
        <translation>لديك %1 نقاط لتوزيعها، %2 على الأكثر لكل خيار. النقاط المتبقية: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick every option you support.</source>
        <translation>ضع علامة على كل خيار تؤيده.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give rank 1 to your favourite; you may rank only some options.</source>
        <translation>أعط الرتبة 1 للخيار المفضل لديك؛ يمكنك ترتيب بعض الخيارات فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score the options you wish from 1 (weak) to 5 (strong).</source>
        <translation>قيّم الخيارات التي تريدها من 1 (ضعيف) إلى 5 (قوي).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A blank ballot (no choice).</source>
        <translation>ورقة بيضاء (دون اختيار).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thank you. Your ballot replaced your earlier one.</source>
        <translation>شكرا. حلّت ورقتك محل ورقتك السابقة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Your ballot is recorded.</source>
        <translation>شكرا. سُجّلت ورقة تصويتك.</translation>
    </message>
</context>
<context>
    <name>BidiNotice</name>
    <message>
        <location filename="../sim_facilitator/ui/common/bidi_notice.py" line="+19"/>
        <source>Direction controls removed</source>
        <translation>حُذفت علامات الاتجاه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved without its invisible direction controls, which could have shown the text in another order than it was typed.</source>
        <translation>حُفظ دون علامات الاتجاه غير المرئية التي كان يمكن أن تعرض النص بترتيب غير الذي كُتب به.</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../sim_facilitator/ui/capture/capture_view.py" line="+161"/>
        <source>No idea to show. Type one in the box below and press Enter.</source>
        <translation>لا توجد أفكار للعرض. اكتب فكرة في الخانة أسفله ثم اضغط Enter.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Capture — note-taker</source>
        <translation>التدوين — المقرر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capture</source>
        <translation>تدوين الأفكار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter ideas ({keys})</source>
        <translation>تصفية الأفكار ({keys})</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/question_author_picker.py" line="+71"/>
        <source>&amp;Question ({keys}):</source>
        <translation>ال&amp;سؤال ({keys}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Author ({keys}):</source>
        <translation>ال&amp;صاحب ({keys}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional — type a name</source>
        <translation>اختياري — اكتب اسما</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/capture_view.py" line="+3"/>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/idea_entry.py" line="+37"/>
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Type an idea. Enter saves it, Shift+Enter starts a new line.</source>
        <translation>اكتب فكرة. مفتاح Enter يحفظها، وShift+Enter يبدأ سطرا جديدا.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/capture_view.py" line="+1"/>
        <source>Note-taker mode</source>
        <translation>وضع المقرر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only capture ({keys})</source>
        <translation>عرض التدوين فقط ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small window</source>
        <translation>نافذة صغيرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture in a small window that stays on top ({keys})</source>
        <translation>التدوين في نافذة صغيرة تبقى في الواجهة ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/question_author_picker.py" line="+9"/>
        <source>(no question) — {keys}</source>
        <translation>(بدون سؤال) — {keys}</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/capture_view.py" line="+46"/>
        <source>No participant present is called “{name}”. Choose a name from the list.</source>
        <translation>لا يوجد مشارك حاضر باسم «{name}». اختر اسما من القائمة.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Idea saved: %n idea(s) in all.</source>
        <translation>
            <numerusform>حُفظت الفكرة: لا أفكار في المجموع.</numerusform>
            <numerusform>حُفظت الفكرة: فكرة واحدة في المجموع.</numerusform>
            <numerusform>حُفظت الفكرة: فكرتان في المجموع.</numerusform>
            <numerusform>حُفظت الفكرة: %n أفكار في المجموع.</numerusform>
            <numerusform>حُفظت الفكرة: %n فكرة في المجموع.</numerusform>
            <numerusform>حُفظت الفكرة: %n فكرة في المجموع.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. The filter hides it.</source>
        <translation>حُفظت. التصفية تخفيها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved without its invisible direction controls, which could have shown the text in another order than it was typed.</source>
        <translation>حُفظت دون علامات الاتجاه غير المرئية التي كان يمكن أن تعرض النص بترتيب غير الذي كُتب به.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Deleted %n idea(s). {keys} undoes it.</source>
        <translation>
            <numerusform>لم يُحذف أي فكرة. {keys} للتراجع.</numerusform>
            <numerusform>حُذفت فكرة واحدة. {keys} للتراجع.</numerusform>
            <numerusform>حُذفت فكرتان. {keys} للتراجع.</numerusform>
            <numerusform>حُذفت %n أفكار. {keys} للتراجع.</numerusform>
            <numerusform>حُذفت %n فكرة. {keys} للتراجع.</numerusform>
            <numerusform>حُذفت %n فكرة. {keys} للتراجع.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Photos of the flipchart</source>
        <translation>صور اللوح الورقي</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>لا صور تُضاف…</numerusform>
            <numerusform>إضافة صورة واحدة…</numerusform>
            <numerusform>إضافة صورتين…</numerusform>
            <numerusform>إضافة %n صور…</numerusform>
            <numerusform>إضافة %n صورة…</numerusform>
            <numerusform>إضافة %n صورة…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Photos of the question: {question}</source>
        <translation>صور السؤال: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos attached to no question, table or cluster</source>
        <translation>صور غير مرتبطة بأي سؤال أو طاولة أو مجموعة</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Typing from {photo}</source>
        <translation>النقل من {photo}</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln idea(s)</source>
        <translation>
            <numerusform>لا أفكار</numerusform>
            <numerusform>فكرة واحدة</numerusform>
            <numerusform>فكرتان</numerusform>
            <numerusform>%Ln أفكار</numerusform>
            <numerusform>%Ln فكرة</numerusform>
            <numerusform>%Ln فكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>لا شيء معروض</numerusform>
            <numerusform>واحدة معروضة</numerusform>
            <numerusform>اثنتان معروضتان</numerusform>
            <numerusform>%Ln معروضة</numerusform>
            <numerusform>%Ln معروضة</numerusform>
            <numerusform>%Ln معروضة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/table_picker.py" line="+45"/>
        <source>&amp;Table ({keys}):</source>
        <translation>ال&amp;طاولة ({keys}):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no table)</source>
        <translation>(بدون طاولة)</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/capture/photo_picker.py" line="+69"/>
        <source>Typing from &amp;photo ({keys}):</source>
        <translation>النقل من &amp;صورة ({keys}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add photos…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the current question&apos;s flipchart (or drop picture files on this screen)</source>
        <translation>صور اللوح الورقي للسؤال الحالي (أو أسقِط ملفات الصور على هذه الشاشة)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The current question&apos;s photos, large: caption or remove them</source>
        <translation>صور السؤال الحالي بحجم كبير: ضع لها تعليقاً أو احذفها</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no photo)</source>
        <translation>(بدون صورة)</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../sim_facilitator/ui/checkin/checkin_view.py" line="+171"/>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New participant: type the name and press Enter. Only the name is required.</source>
        <translation>مشارك جديد: اكتب الاسم واضغط Enter. الاسم وحده إلزامي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Name or pseudonym</source>
        <translation>الاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of actor</source>
        <translation>صنف الفاعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender (optional)</source>
        <translation>الجنس (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (optional)</source>
        <translation>العمر (اختياري)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Named in minutes</source>
        <translation>الاسم في المحضر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person agrees to appear by name in the minutes; otherwise a pseudonym.</source>
        <translation>يوافق الشخص على ذكر اسمه في المحضر؛ وإلا يُستعمل اسم مستعار.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Find a participant…</source>
        <translation>البحث عن مشارك…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No participant yet. Type a name above and press Enter, or import the invitation list (CSV).</source>
        <translation>لا يوجد أي مشارك بعد. اكتب اسماً أعلاه واضغط Enter، أو استورد لائحة المدعوين (CSV).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Import a list (CSV)…</source>
        <translation>استيراد لائحة (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the list</source>
        <translation>حذف من اللائحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Erase this participant…</source>
        <translation>محو هذا المشارك…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Erase this participant</source>
        <translation>محو هذا المشارك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the person&apos;s request: erase their name everywhere, for good.</source>
        <translation>بطلب من الشخص: محو اسمه من كل مكان، نهائيًا.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>label and count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present: %1 of %2</source>
        <translation>الحاضرون: %1 من %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Invitation list</source>
        <translation>لائحة المدعوين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ClusterBoard</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/cluster_board.py" line="+172"/>
        <source>Clusters</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+236"/>
        <source>Group into a new cluster</source>
        <translation>تجميع في مجموعة جديدة</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+277"/>
        <source>Rename cluster</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Move to the cluster on the left</source>
        <translation>نقل إلى المجموعة على اليسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the cluster on the right</source>
        <translation>نقل إلى المجموعة على اليمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+316"/>
        <source>Move to cluster…</source>
        <translation>نقل إلى مجموعة…</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+254"/>
        <source>Split into a new cluster</source>
        <translation>فصل في مجموعة جديدة</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Dissolve cluster</source>
        <translation>حلّ المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge as duplicates</source>
        <translation>دمج كأفكار مكررة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos of the cluster…</source>
        <translation>صور المجموعة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See, add, caption or remove the photos of the cluster (or drop picture files on its column)</source>
        <translation>عرض صور المجموعة أو إضافتها أو وضع تعليق لها أو حذفها (أو أسقِط ملفات الصور على عمودها)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag ideas between clusters, or use the keyboard: Tab to change column, Ctrl+G to group, F2 to rename, Ctrl+Left/Right to move, Ctrl+Z to undo.</source>
        <translation>اسحب الأفكار بين المجموعات، أو استعمل لوحة المفاتيح: Tab لتغيير العمود، Ctrl+G للتجميع، F2 لإعادة التسمية، ⁦Ctrl+يسار/يمين⁩ للنقل، Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop ideas, or a cluster&apos;s name, on a principle to map them to it (keyboard: Alt+1…9 for the selected ideas, Ctrl+Alt+1…9 for the cluster):</source>
        <translation>أفلت الأفكار، أو اسم مجموعة، على مبدأ لربطها به (لوحة المفاتيح: Alt+1…9 للأفكار المحددة، وCtrl+Alt+1…9 للمجموعة):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not in a cluster</source>
        <translation>خارج المجموعات</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No idea to organise yet. Capture ideas first; they arrive here, ready to be grouped into clusters.</source>
        <translation>لا توجد أي فكرة للتنظيم بعد. دوّن الأفكار أولاً، وستصل إلى هنا جاهزة لتُجمع في مجموعات.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+12"/>
        <source>Photos of the cluster</source>
        <translation>صور المجموعة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Photos of the cluster: {name}</source>
        <translation>صور المجموعة: {name}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name of the cluster:</source>
        <translation>اسم المجموعة:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Cluster %n</source>
        <translation>
            <numerusform>المجموعة %n</numerusform>
            <numerusform>المجموعة %n</numerusform>
            <numerusform>المجموعة %n</numerusform>
            <numerusform>المجموعة %n</numerusform>
            <numerusform>المجموعة %n</numerusform>
            <numerusform>المجموعة %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>group ideas</source>
        <translation>تجميع الأفكار</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>split a cluster</source>
        <translation>فصل مجموعة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rename a cluster</source>
        <translation>إعادة تسمية مجموعة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dissolve a cluster</source>
        <translation>حلّ مجموعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move ideas</source>
        <translation>نقل الأفكار</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cluster:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>merge ideas</source>
        <translation>دمج الأفكار</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>map a cluster to a principle</source>
        <translation>ربط مجموعة بمبدأ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>map ideas to a principle</source>
        <translation>ربط الأفكار بمبدأ</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/organise/cluster_column.py" line="+119"/>
        <source>Photos of the cluster {name}</source>
        <translation>صور المجموعة {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add photos…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the photos…</source>
        <translation>عرض الصور…</translation>
    </message>
</context>
<context>
    <name>ClusterColumn</name>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/conflicts_view.py" line="+116"/>
        <source>shown now</source>
        <translation>معروض الآن</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>laptop %1</source>
        <translation>الحاسوب %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting fields and their values</source>
        <translation>الحقول المتعارضة وقيمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>قيمة جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two laptops changed these fields at the same time. Choose the value to keep, or write a new one; the choice reaches the other laptops with the next bundle.</source>
        <translation>غيّر حاسوبان هذه الحقول في الوقت نفسه. اختر القيمة التي تريد الإبقاء عليها، أو اكتب قيمة جديدة؛ سيصل اختيارك إلى الحواسيب الأخرى مع الحزمة الموالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record and field</source>
        <translation>السجل والحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this value</source>
        <translation>الإبقاء على هذه القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or write a new value…</source>
        <translation>أو اكتب قيمة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the new value</source>
        <translation>استعمال القيمة الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every laptop agrees.</source>
        <translation>لا توجد تعارضات: كل الحواسيب متفقة.</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+67"/>
        <source>made on this laptop</source>
        <translation>أُنجزت على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trusted</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not trusted</source>
        <translation>غير موثوق</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown laptop</source>
        <translation>حاسوب غير معروف</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/shared_ideas_page.py" line="+46"/>
        <source>%1 workshops</source>
        <translation>عدد الورشات: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Confirmed cross-workshop clusters: %1</source>
        <translation>المجموعات المؤكدة بين الورشات: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cross-workshop cluster</source>
        <translation>مجموعة مشتركة بين الورشات</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coordinator_view.py" line="+157"/>
        <source>Import every bundle of a folder</source>
        <translation>استيراد كل الحزم الموجودة في مجلد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import bundles</source>
        <translation>استيراد حزم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIM bundles (*.simbundle)</source>
        <translation>حزم SIM ‏(*.simbundle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+54"/>
        <location line="+22"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>There is no bundle (.simbundle file) in %1.</source>
        <translation>لا توجد أي حزمة (ملف ‎.simbundle) في %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking and importing bundles…</source>
        <translation>جارٍ التحقق من الحزم واستيرادها…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Laptops not seen before</source>
        <translation>حواسيب غير معروفة من قبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept these laptops? Compare each fingerprint with the one shown on the laptop.

%1</source>
        <translation>هل تقبل هذه الحواسيب؟ قارن كل بصمة بالبصمة المعروضة على الحاسوب نفسه.

%1</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/import_report_page.py" line="+68"/>
        <source>imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>laptop not accepted yet</source>
        <translation>حاسوب لم يُقبل بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 changes dated more than a day ahead were set aside (check that laptop&apos;s clock).</source>
        <translation>وُضعت جانبا %1 تعديلات مؤرخة بأكثر من يوم في المستقبل (تحقق من ساعة ذلك الحاسوب).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already imported before</source>
        <translation>سبق استيراده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 conflicts to review</source>
        <translation>تعارضات للمراجعة: %1</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coordinator_view.py" line="+35"/>
        <source>Coordination</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/import_report_page.py" line="+23"/>
        <source>Import report, one line per file</source>
        <translation>تقرير الاستيراد، سطر لكل ملف</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/shared_ideas_page.py" line="+8"/>
        <source>Suggested shared ideas</source>
        <translation>أفكار مشتركة مقترحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed shared ideas</source>
        <translation>أفكار مشتركة مؤكدة</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coordinator_view.py" line="+2"/>
        <source>This laptop&apos;s fingerprint: %1</source>
        <translation>بصمة هذا الحاسوب: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a folder of bundles…</source>
        <translation>استيراد مجلد من الحزم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles…</source>
        <translation>استيراد حزم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept laptops not seen before without asking</source>
        <translation>قبول الحواسيب غير المعروفة دون سؤال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when you received these files from the facilitators in person: the sources list shows each laptop&apos;s fingerprint.</source>
        <translation>فقط إذا تسلمت هذه الملفات من الميسرين يدا بيد: قائمة المصادر تعرض بصمة كل حاسوب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National synthesis (PDF)…</source>
        <translation>الخلاصة الوطنية (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+14"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/import_report_page.py" line="-67"/>
        <source>No bundle imported yet. Import the bundles sent back from the workshops, one by one or a whole folder: each file gets a line here.</source>
        <translation>لم تُستورد أي حزمة بعد. استورد الحزم التي تعود من الورشات، واحدةً واحدة أو مجلدًا كاملًا: يظهر هنا سطر لكل ملف.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="-52"/>
        <source>No workshop received yet. Each imported workshop is listed here with its region, facilitator and the fingerprint of the laptop it came from.</source>
        <translation>لم تصل أي ورشة بعد. تُدرج هنا كل ورشة مستوردة مع جهتها وميسّرها وبصمة الحاسوب الذي جاءت منه.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coordinator_view.py" line="+1"/>
        <source>Dashboard</source>
        <translation>لوحة القيادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared ideas</source>
        <translation>أفكار مشتركة</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/import_report_page.py" line="+70"/>
        <source>One line per file. A file from a laptop not seen before is not imported until you accept that laptop.</source>
        <translation>سطر لكل ملف. لا يُستورد ملف من حاسوب غير معروف إلا بعد قبول ذلك الحاسوب.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+65"/>
        <source>Laptop fingerprint</source>
        <translation>بصمة الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept these laptops and import their files…</source>
        <translation>قبول هذه الحواسيب واستيراد ملفاتها…</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="-11"/>
        <source>Each workshop with the laptop it came from. A laptop marked not trusted reached this database only inside another laptop&apos;s bundle.</source>
        <translation>كل ورشة مع الحاسوب الذي جاءت منه. الحاسوب «غير الموثوق» لم يصل إلى قاعدة البيانات هذه إلا داخل حزمة حاسوب آخر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/shared_ideas_page.py" line="+12"/>
        <location line="+8"/>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sources_page.py" line="+1"/>
        <source>Facilitator</source>
        <translation>الميسر(ة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/shared_ideas_page.py" line="-17"/>
        <source>Alike ideas from different workshops. Confirm a group to count it as one shared idea; each idea stays in its workshop.</source>
        <translation>أفكار متشابهة من ورشات مختلفة. أكِّد مجموعة لتُحتسب فكرة مشتركة واحدة؛ وتبقى كل فكرة في ورشتها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Where</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Alike</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm as a cross-workshop cluster</source>
        <translation>تأكيدها مجموعة مشتركة بين الورشات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo this cluster</source>
        <translation>إلغاء هذه المجموعة</translation>
    </message>
</context>
<context>
    <name>CoverageHeatmap</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/coverage_heatmap.py" line="+38"/>
        <source>Coverage of the principles by workshop</source>
        <translation>تغطية المبادئ حسب الورشة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each cell gives the number of ideas serving the principle and their total strength</source>
        <translation>تعطي كل خانة عدد الأفكار التي تخدم المبدأ ومجموع قوتها</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This workshop uses another framework</source>
        <translation>تعتمد هذه الورشة إطارا آخر</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>لا أفكار</numerusform>
            <numerusform>فكرة واحدة</numerusform>
            <numerusform>فكرتان</numerusform>
            <numerusform>%n أفكار</numerusform>
            <numerusform>%n فكرة</numerusform>
            <numerusform>%n فكرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/coverage_view.py" line="+57"/>
        <source>No principle to cover yet. Choose the framework of principles in Set-up, then map ideas and clusters to its principles.</source>
        <translation>لا يوجد أي مبدأ لتغطيته بعد. اختر الإطار المرجعي للمبادئ في الإعداد، ثم اربط الأفكار والمجموعات بمبادئه.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Principle</source>
        <translation>المبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>قوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total strength</source>
        <translation>مجموع القوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing serves this principle</source>
        <translation>لا شيء يخدم هذا المبدأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Served</source>
        <translation>مخدوم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This workshop has no principles yet.</source>
        <translation>لا تتوفر هذه الورشة على مبادئ بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Principles that nothing serves yet: %1</source>
        <translation>مبادئ لا يخدمها أي شيء بعد: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every principle is served by at least one idea or cluster.</source>
        <translation>كل مبدأ تخدمه فكرة أو مجموعة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/checkin/csv_import_dialog.py" line="+99"/>
        <source>Import an invitation list</source>
        <translation>استيراد لائحة المدعوين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — encoding %2, columns separated by %3.</source>
        <translation>الملف %1 — الترميز %2، والأعمدة مفصولة بـ%3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or pseudonym:</source>
        <translation>الاسم أو الاسم المستعار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>الهيئة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of actor:</source>
        <translation>صنف الفاعل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age:</source>
        <translation>العمر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to be named:</source>
        <translation>الموافقة على ذكر الاسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present:</source>
        <translation>حاضر:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark everyone as present</source>
        <translation>تسجيل الجميع حاضرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 participants will be added.</source>
        <translation>ستتم إضافة %1 من المشاركين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows cannot be read and will be left out:</source>
        <translation>تعذرت قراءة %1 من الأسطر وستُستبعد:</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/dashboard_view.py" line="+146"/>
        <source>National dashboard</source>
        <translation>اللوحة الوطنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only between</source>
        <translation>فقط بين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshops</source>
        <translation>الورشات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People present</source>
        <translation>الأشخاص الحاضرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations represented</source>
        <translation>الهيئات الممثلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender balance (where recorded)</source>
        <translation>التوازن بين الجنسين (حيثما سُجّل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas per principle, by workshop</source>
        <translation>الأفكار لكل مبدأ، حسب الورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-voted ideas and clusters</source>
        <translation>الأفكار والمجموعات الأكثر تصويتا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points per voter: each option&apos;s points divided by the ballots cast in its round, so workshops of different sizes compare fairly.</source>
        <translation>النقاط لكل مصوّت: نقاط كل خيار مقسومة على عدد الأوراق المدلى بها في جولته، لتكون المقارنة منصفة بين ورشات مختلفة الحجم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action items, all workshops</source>
        <translation>الإجراءات، كل الورشات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By principle</source>
        <translation>حسب المبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By owner organisation</source>
        <translation>حسب الهيئة المسؤولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month due</source>
        <translation>حسب شهر الأجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework version</source>
        <translation>نسخة الإطار</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All regions</source>
        <translation>كل الجهات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All themes</source>
        <translation>كل المحاور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All framework versions</source>
        <translation>كل نسخ الإطار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No action serves: %1</source>
        <translation>لا يخدم أي إجراء: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every principle is served by at least one action.</source>
        <translation>كل مبدأ يخدمه إجراء واحد على الأقل.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no date</source>
        <translation>بدون تاريخ</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../sim_facilitator/ui/record/decisions_view.py" line="+110"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole workshop</source>
        <translation>الورشة بأكملها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decisions:</source>
        <translation>ال&amp;قرارات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>ال&amp;خلاصة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agenda item:</source>
        <translation>&amp;بند جدول الأعمال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ecisions:</source>
        <translation>القرا&amp;رات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>الخلا&amp;صة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agenda item yet. Add the agenda in Set-up to note decisions and a summary item by item; the whole workshop&apos;s go above.</source>
        <translation>لا يوجد أي بند في جدول الأعمال بعد. أضف جدول الأعمال في الإعداد لتدوين القرارات والملخص بنداً بنداً؛ أما قرارات الورشة كلها فتُكتب أعلاه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything you type here is saved as you go.</source>
        <translation>كل ما تكتبه هنا يُحفظ أولا بأول.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions of the whole workshop</source>
        <translation>قرارات الورشة كلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of the whole workshop</source>
        <translation>خلاصة الورشة كلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions of the agenda item</source>
        <translation>قرارات بند جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of the agenda item</source>
        <translation>خلاصة بند جدول الأعمال</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Saved at %1</source>
        <translation>حُفظ على الساعة %1</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../sim_facilitator/ui/setup/details_form.py" line="+100"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>ال&amp;محور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;مكان الانعقاد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator:</source>
        <translation>ال&amp;ميسّر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note-takers:</source>
        <translation>ال&amp;مقررون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;language:</source>
        <translation>&amp;لغة العمل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;وضعية:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names separated by commas</source>
        <translation>أسماء مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation>يُحفظ كل تغيير بمجرد مغادرة الخانة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no region)</source>
        <translation>(بدون جهة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no date)</source>
        <translation>(بدون تاريخ)</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/duplicates_view.py" line="+88"/>
        <source>No suggested duplicate: no two ideas have the same or nearly the same text.</source>
        <translation>لا توجد أي فكرة مكررة مقترحة: لا توجد فكرتان بالنص نفسه أو بنص متقارب جداً.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No merged idea yet. Merge a suggestion above, or select ideas on the cluster board and press Ctrl+Shift+M.</source>
        <translation>لا توجد أي فكرة مدمجة بعد. ادمج اقتراحاً أعلاه، أو حدّد أفكاراً في لوحة المجموعات واضغط ⁦Ctrl+Shift+M⁩.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Duplicates</source>
        <translation>الأفكار المكررة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested duplicates (same or nearly the same text): confirm or dismiss</source>
        <translation>أفكار مكررة مقترحة (نص مطابق أو شبه مطابق): أكّد أو تجاهل</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Author</source>
        <translation>صاحب الفكرة</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Written</source>
        <translation>كُتبت</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Merge (keep the selected or oldest idea)</source>
        <translation>&amp;دمج (مع الإبقاء على الفكرة المحددة أو الأقدم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not duplicates</source>
        <translation>&amp;ليست مكررة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged ideas: every original text, author and time is kept</source>
        <translation>الأفكار المدمجة: يُحتفظ بكل نص أصلي وصاحبه ووقته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unmerge the selected idea</source>
        <translation>&amp;فك دمج الفكرة المحددة</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n ideas, %1% alike</source>
        <translation>
            <numerusform>%n أفكار، متشابهة بنسبة %1%</numerusform>
            <numerusform>%n أفكار، متشابهة بنسبة %1%</numerusform>
            <numerusform>%n أفكار، متشابهة بنسبة %1%</numerusform>
            <numerusform>%n أفكار، متشابهة بنسبة %1%</numerusform>
            <numerusform>%n أفكار، متشابهة بنسبة %1%</numerusform>
            <numerusform>%n أفكار، متشابهة بنسبة %1%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseParticipantDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/checkin/erase_participant_dialog.py" line="+39"/>
        <source>Erase a participant</source>
        <translation>محو مشارك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase “%1” for good, as they asked?</source>
        <translation>هل تريد محو «%1» نهائيًا، استجابةً لطلب المعني بالأمر؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their name, organisation, kind of actor, gender and age band are erased from this laptop: from the list, from the history of changes and from the older backups.</source>
        <translation>يُمحى من هذا الحاسوب اسمه وهيئته وصنف الفاعل الذي يمثّله وجنسه وفئته العمرية: من اللائحة، ومن سجل التغييرات، ومن النسخ الاحتياطية السابقة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their ideas are kept, without an author.</source>
        <translation>تُحفظ أفكاره دون ذكر صاحبها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other laptops erase them too when they import a bundle exported from this laptop from now on.</source>
        <translation>تمحوه الحواسيب الأخرى أيضًا حين تستورد حزمة صُدِّرت من هذا الحاسوب بعد هذا المحو.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes, CSV files and bundles exported before now are files outside the app: delete them yourself.</source>
        <translation>المحاضر وملفات CSV والحزم التي صُدِّرت حتى الآن ملفات خارج التطبيق: احذفها بنفسك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone.</source>
        <translation>لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What erasing does</source>
        <translation>ما يفعله المحو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;محو نهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase for good</source>
        <translation>محو نهائي</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../sim_facilitator/export/pdf/fonts.py" line="+29"/>
        <source>The font file {file} is missing from {folder}; reinstall SIM Facilitator or copy the font back, then try again.</source>
        <translation>ملف الخط {file} غير موجود في {folder}؛ أعد تثبيت البرنامج أو أرجع ملف الخط، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The font file {file} cannot be read ({reason}); reinstall SIM Facilitator.</source>
        <translation>تتعذر قراءة ملف الخط {file} ({reason})؛ أعد تثبيت البرنامج.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/minutes/document.py" line="+44"/>
        <source>“{lang}” is not a language of the minutes; choose ar, fr, en or ar+fr.</source>
        <translation>«{lang}» ليست من لغات المحضر؛ اختر ar أو fr أو en أو ar+fr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes cannot be written to {path}: {reason}</source>
        <translation>تتعذر كتابة المحضر في {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes written to {path} did not read back correctly; nothing was kept.</source>
        <translation>تعذرت إعادة قراءة المحضر المكتوب في {path} بشكل صحيح؛ لم يُحتفظ بأي شيء.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/common/error_message.py" line="+13"/>
        <source>planned minutes</source>
        <translation>الدقائق المقررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This was not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/bundle/format.py" line="+113"/>
        <source>The file does not exist or cannot be opened.</source>
        <translation>الملف غير موجود أو يتعذر فتحه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a bundle ({size} bytes; at most {limit} bytes).</source>
        <translation>الملف أكبر من أن يكون حزمة ({size} بايت؛ الحد الأقصى {limit} بايت).</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/csv_import.py" line="+28"/>
        <location filename="../sim_facilitator/export/bundle/format.py" line="+3"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/bundle/format.py" line="+1"/>
        <source>This file is not a bundle: it is not a readable zip archive.</source>
        <translation>هذا الملف ليس حزمة: إنه ليس أرشيف zip مقروءا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is damaged or incomplete: its archive cannot be read.</source>
        <translation>الحزمة تالفة أو ناقصة: يتعذر قراءة أرشيفها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains an unexpected file “{name}”.</source>
        <translation>تحتوي الحزمة على ملف غير متوقع «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is missing its “{name}” part.</source>
        <translation>ينقص الحزمة الجزء «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains the part “{name}” more than once.</source>
        <translation>تحتوي الحزمة على الجزء «{name}» أكثر من مرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a file with an absolute path (“{name}”).</source>
        <translation>تحتوي الحزمة على ملف بمسار مطلق («{name}»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a file whose path leaves its folder (“{name}”).</source>
        <translation>تحتوي الحزمة على ملف يخرج مساره من مجلده («{name}»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a file name with a backslash (“{name}”).</source>
        <translation>تحتوي الحزمة على اسم ملف بشرطة مائلة عكسية («{name}»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a file name with a NUL character.</source>
        <translation>تحتوي الحزمة على اسم ملف بحرف NUL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a symbolic link (“{name}”), which bundles never do.</source>
        <translation>تحتوي الحزمة على رابط رمزي («{name}»)، وهو ما لا تحتويه الحزم أبدا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains a folder entry (“{name}”), which bundles never do.</source>
        <translation>تحتوي الحزمة على مدخل مجلد («{name}»)، وهو ما لا تحتويه الحزم أبدا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle contains an encrypted part (“{name}”), which bundles never do.</source>
        <translation>تحتوي الحزمة على جزء مشفر («{name}»)، وهو ما لا تحتويه الحزم أبدا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part uses an unsupported compression method ({method}).</source>
        <translation>يستعمل الجزء «{name}» من الحزمة طريقة ضغط غير مدعومة ({method}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part is too large once unpacked (more than {limit} bytes).</source>
        <translation>الجزء «{name}» من الحزمة كبير جدا بعد فك ضغطه (أكثر من {limit} بايت).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part unpacks to more than {ratio} times its size, like a zip bomb.</source>
        <translation>يتضخم الجزء «{name}» من الحزمة عند فك ضغطه إلى أكثر من {ratio} مرة حجمه، مثل قنبلة zip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s parts overlap inside the archive, a trick used by zip bombs.</source>
        <translation>تتداخل أجزاء الحزمة داخل الأرشيف، وهي حيلة تستعملها قنابل zip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s “{name}” part has a damaged or inconsistent header.</source>
        <translation>ترويسة الجزء «{name}» من الحزمة تالفة أو غير متسقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s archive does not follow the bundle layout (odd headers or extra bytes).</source>
        <translation>أرشيف الحزمة لا يتبع بنية الحزم (ترويسات غريبة أو بايتات زائدة).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part does not have the size its header declares.</source>
        <translation>حجم الجزء «{name}» من الحزمة لا يطابق ما تصرح به ترويسته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s “{name}” part is corrupted (its checksum does not match).</source>
        <translation>الجزء «{name}» من الحزمة تالف (مجموع التحقق غير مطابق).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s “{name}” part is corrupted and cannot be unpacked.</source>
        <translation>الجزء «{name}» من الحزمة تالف ويتعذر فك ضغطه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s manifest is not valid strict JSON.</source>
        <translation>بيان الحزمة ليس JSON صارما صالحا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s manifest is not a JSON object.</source>
        <translation>بيان الحزمة ليس كائن JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s manifest is not in canonical form.</source>
        <translation>بيان الحزمة ليس بالصيغة القانونية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a SIM Facilitator bundle.</source>
        <translation>هذا الملف ليس حزمة من حزم ميسّر SIM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s format version “{version}” is not valid.</source>
        <translation>نسخة صيغة الحزمة «{version}» غير صالحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle uses format {version} of a newer SIM Facilitator; update the app to import it.</source>
        <translation>تستعمل هذه الحزمة الصيغة {version} من نسخة أحدث من البرنامج؛ حدّث البرنامج لاستيرادها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle needs SIM Facilitator able to read format {version} or later; update the app.</source>
        <translation>تتطلب هذه الحزمة نسخة من البرنامج تقرأ الصيغة {version} أو أحدث؛ حدّث البرنامج.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s manifest has a missing or invalid “{field}”.</source>
        <translation>في بيان الحزمة «{field}» ناقص أو غير صالح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s signature is damaged (it has the wrong length).</source>
        <translation>توقيع الحزمة تالف (طوله غير صحيح).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s signature does not match its contents: it was altered or damaged.</source>
        <translation>توقيع الحزمة لا يطابق محتواها: لقد عُدّلت أو تلفت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s data does not match the checksum in its manifest: it was altered.</source>
        <translation>بيانات الحزمة لا تطابق مجموع التحقق في بيانها: لقد عُدّلت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s packed data does not match the checksum in its manifest: it was altered.</source>
        <translation>البيانات المضغوطة للحزمة لا تطابق مجموع التحقق في بيانها: لقد عُدّلت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s data does not have the size its manifest declares.</source>
        <translation>حجم بيانات الحزمة لا يطابق ما يصرح به بيانها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s data is cut off: its last line is incomplete.</source>
        <translation>بيانات الحزمة مبتورة: سطرها الأخير ناقص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is empty.</source>
        <translation>السطر {line} من بيانات الحزمة فارغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is too long.</source>
        <translation>السطر {line} من بيانات الحزمة طويل جدا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle holds too many changes (more than {limit}).</source>
        <translation>تحتوي الحزمة على تغييرات كثيرة جدا (أكثر من {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle holds no changes.</source>
        <translation>لا تحتوي الحزمة على أي تغيير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is not valid UTF-8 text.</source>
        <translation>السطر {line} من بيانات الحزمة ليس نصا صالحا بترميز UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data repeats a key.</source>
        <translation>السطر {line} من بيانات الحزمة يكرر مفتاحا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data holds NaN or infinity.</source>
        <translation>السطر {line} من بيانات الحزمة يحتوي على NaN أو ما لا نهاية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data holds a decimal number.</source>
        <translation>السطر {line} من بيانات الحزمة يحتوي على عدد عشري.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is nested too deeply.</source>
        <translation>السطر {line} من بيانات الحزمة متداخل بعمق زائد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data holds a text that is too long.</source>
        <translation>السطر {line} من بيانات الحزمة يحتوي على نص طويل جدا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data holds a broken character (a lone surrogate).</source>
        <translation>السطر {line} من بيانات الحزمة يحتوي على حرف معطوب (نصف زوج بديل).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} of the bundle&apos;s data holds a number that is too large.</source>
        <translation>السطر {line} من بيانات الحزمة يحتوي على عدد كبير جدا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} of the bundle&apos;s data is not valid JSON.</source>
        <translation>السطر {line} من بيانات الحزمة ليس JSON صالحا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line} of the bundle&apos;s data is not in canonical form.</source>
        <translation>السطر {line} من بيانات الحزمة ليس في الصيغة القانونية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {line} of the bundle has a missing or invalid “{field}”.</source>
        <translation>في التغيير {line} من الحزمة «{field}» ناقص أو غير صالح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {line} of the bundle has an unexpected part “{field}”.</source>
        <translation>في التغيير {line} من الحزمة جزء غير متوقع «{field}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {line} of the bundle is out of order or repeated.</source>
        <translation>التغيير {line} من الحزمة في غير ترتيبه أو مكرر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {line} of the bundle is about an unknown kind of record (“{entity}”).</source>
        <translation>يتعلق التغيير {line} من الحزمة بنوع سجل غير معروف («{entity}»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change {line} of the bundle sets an unknown field “{field}” of a {entity}.</source>
        <translation>يحدد التغيير {line} من الحزمة حقلا غير معروف «{field}» في {entity}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change {line} of the bundle gives an invalid {field} to a {entity}.</source>
        <translation>يعطي التغيير {line} من الحزمة قيمة غير صالحة في خانة {field} من {entity}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kit carries {entity} records, which a kit never does (only workshop set-up).</source>
        <translation>تحمل هذه العدة سجلات {entity}، وهو ما لا تحمله العدة أبدا (إعداد الورشة فقط).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s contents do not match the counts in its manifest.</source>
        <translation>محتوى الحزمة لا يطابق الأعداد الواردة في بيانها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle holds {found} changes but its manifest announces {expected}.</source>
        <translation>تحتوي الحزمة على {found} تغييرا لكن بيانها يعلن عن {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle carries redacted changes but does not say it needs a reader of format 1.1.</source>
        <translation>تحمل الحزمة تغييرات محجوبة لكنها لا تذكر أنها تحتاج إلى قارئ للصيغة 1.1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s content fingerprint does not match its data.</source>
        <translation>بصمة محتوى الحزمة لا تطابق بياناتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle carries photos that its manifest does not announce.</source>
        <translation>تحمل الحزمة صورًا لا يعلن عنها بيانها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s manifest announces photos that the bundle does not carry.</source>
        <translation>يعلن بيان الحزمة عن صور لا تحملها الحزمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s photos do not match the checksum in its manifest: they were altered.</source>
        <translation>صور الحزمة لا تطابق مجموع التحقق في بيانها: لقد عُدّلت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s photos do not have the size, number or checksum its manifest declares.</source>
        <translation>صور الحزمة ليست بالحجم أو العدد أو مجموع التحقق الذي يعلنه بيانها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo {line} of the bundle is malformed.</source>
        <translation>الصورة {line} في الحزمة غير سليمة البنية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo {line} of the bundle does not match its SHA-256: it was altered.</source>
        <translation>الصورة {line} في الحزمة لا تطابق بصمتها SHA-256: لقد عُدّلت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo {line} of the bundle is out of order or repeated.</source>
        <translation>الصورة {line} في الحزمة في غير ترتيبها أو مكررة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle carries a photo that no photo record refers to.</source>
        <translation>تحمل الحزمة صورة لا يشير إليها أي سجل صورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo record of the bundle refers to a picture the bundle does not carry, and its manifest does not say photos were left out.</source>
        <translation>يشير سجل صورة في الحزمة إلى صورة لا تحملها الحزمة، ولا يذكر بيانها أن الصور استُبعدت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle carries photos but does not say it needs a reader of format 1.2.</source>
        <translation>تحمل الحزمة صورًا لكنها لا تذكر أنها تحتاج إلى قارئ للصيغة 1.2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one workshop to export.</source>
        <translation>اختر ورشة واحدة على الأقل لتصديرها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This selection is too large for one bundle; export fewer workshops at a time.</source>
        <translation>هذا الاختيار أكبر من أن تسعه حزمة واحدة؛ صدّر عددا أقل من الورشات في كل مرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle written to disk could not be read back correctly; try another folder or USB stick.</source>
        <translation>تعذرت إعادة قراءة الحزمة المكتوبة على القرص بشكل صحيح؛ جرّب مجلدا آخر أو مفتاح USB آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle could not be written to this folder.</source>
        <translation>تعذرت كتابة الحزمة في هذا المجلد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup of the database could be made before importing, so nothing was imported.</source>
        <translation>تعذّر إنجاز نسخة احتياطية من قاعدة البيانات قبل الاستيراد، لذلك لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled before this file.</source>
        <translation>أُلغي الاستيراد قبل هذا الملف.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/actions.py" line="+26"/>
        <source>Only the decisions and the summary can be written here.</source>
        <translation>لا يمكن أن يُكتب هنا سوى القرارات والخلاصة.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/backup.py" line="+26"/>
        <source>{name} is not a usable backup: {reason}.</source>
        <translation>{name} ليست نسخة احتياطية صالحة للاستعمال: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {name} is damaged ({reason}); it was not opened for writing.</source>
        <translation>قاعدة البيانات {name} تالفة ({reason})؛ لم تُفتح للكتابة.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/csv_import.py" line="+1"/>
        <source>Choose which column holds the names.</source>
        <translation>اختر العمود الذي يحتوي على الأسماء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: no name.</source>
        <translation>السطر {line}: بدون اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: a value is longer than {limit} characters.</source>
        <translation>السطر {line}: قيمة تتجاوز {limit} حرفا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: {name} is already on the list.</source>
        <translation>السطر {line}: {name} موجود في اللائحة من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: “{value}” is not a known {field}; left empty.</source>
        <translation>السطر {line}: «{value}» ليست قيمة معروفة في خانة {field}؛ تُركت فارغة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of actor</source>
        <translation>صنف الفاعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../sim_facilitator/ui/common/error_message.py" line="-23"/>
        <source>age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presence</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/errors.py" line="+41"/>
        <source>The {field} cannot be empty.</source>
        <translation>لا يمكن ترك {field} فارغا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too long ({length} characters; at most {limit}).</source>
        <translation>نص خانة {field} طويل جدا ({length} حرفا؛ الحد الأقصى {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«{value}» ليس تاريخا؛ اكتبه على شكل YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be a whole number.</source>
        <translation>يجب أن تكون قيمة {field} عددا صحيحا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be between {low} and {high}.</source>
        <translation>يجب أن تكون قيمة {field} بين {low} و{high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a valid {field}.</source>
        <translation>«{value}» ليست قيمة صالحة في خانة {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workshop with id {id} in this database.</source>
        <translation>لا توجد ورشة بالمعرّف {id} في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no {entity} with id {id} in this database.</source>
        <translation>لا يوجد {entity} بالمعرّف {id} في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {entity} {id} belongs to another workshop.</source>
        <translation>{entity} {id} تابع لورشة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} has the wrong kind of value.</source>
        <translation>نوع قيمة خانة {field} غير صحيح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{entity} has no field called {field}.</source>
        <translation>لا يتوفر {entity} على حقل اسمه {field}.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/frameworks.py" line="+25"/>
        <source>Give the principle a name in at least one language.</source>
        <translation>أعط المبدأ اسما بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the framework a name in at least one language.</source>
        <translation>أعط الإطار اسما بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workshop does not use a framework of principles yet.</source>
        <translation>لا تعتمد هذه الورشة إطارا للمبادئ بعد.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/merge.py" line="+59"/>
        <source>This bundle holds changes made under this laptop&apos;s own identity that it never saw: this database was copied from another laptop, and each laptop needs its own.</source>
        <translation>تحتوي هذه الحزمة على تغييرات أُجريت بهوية هذا الحاسوب نفسه دون أن يراها: لقد نُسخت قاعدة البيانات هذه من حاسوب آخر، ويحتاج كل حاسوب إلى قاعدته الخاصة.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/organise/merges.py" line="+24"/>
        <source>Choose at least two ideas to merge.</source>
        <translation>اختر فكرتين على الأقل لدمجهما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An idea cannot be merged into an idea that was merged into it.</source>
        <translation>لا يمكن دمج فكرة في فكرة سبق دمجها فيها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This idea is not merged into another idea.</source>
        <translation>هذه الفكرة غير مدمجة في فكرة أخرى.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/organise/clusters.py" line="+18"/>
        <source>Choose at least one idea first.</source>
        <translation>اختر فكرة واحدة على الأقل أولا.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/organise/mappings.py" line="+31"/>
        <source>The strength must be 0 (none), 1, 2 or 3 (strong).</source>
        <translation>يجب أن تكون القوة 0 (لا شيء) أو 1 أو 2 أو 3 (قوية).</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/organise/clusters.py" line="+1"/>
        <source>Only ideas of the cluster being split can move to the new cluster.</source>
        <translation>لا يمكن أن تنتقل إلى المجموعة الجديدة إلا أفكار المجموعة التي يجري فصلها.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/schema.py" line="+65"/>
        <source>idea text</source>
        <translation>نص الفكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/trust.py" line="+21"/>
        <source>This bundle comes from a laptop not known yet (fingerprint {fingerprint}); accept it to import.</source>
        <translation>تأتي هذه الحزمة من حاسوب غير معروف بعد (البصمة {fingerprint})؛ اقبله للاستيراد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle claims to come from a known laptop but is signed with a different key: refused.</source>
        <translation>تدّعي هذه الحزمة أنها من حاسوب معروف لكنها موقعة بمفتاح مختلف: مرفوضة.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/vote_counting.py" line="+54"/>
        <source>Points must be whole numbers of zero or more (got “{value}”).</source>
        <translation>يجب أن تكون النقاط أعدادا صحيحة تساوي صفرا أو أكثر (القيمة المدخلة «{value}»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{option}” is not an option of this vote.</source>
        <translation>«{option}» ليس من خيارات هذا التصويت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ballot gives {given} dots; the budget is {budget} per voter.</source>
        <translation>تمنح هذه الورقة {given} نقطة؛ والرصيد هو {budget} لكل مصوّت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ballot gives {given} dots to one option; at most {limit} per option.</source>
        <translation>تمنح هذه الورقة {given} نقطة لخيار واحد؛ الحد الأقصى {limit} لكل خيار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stacking is not allowed in this vote: at most one dot per option.</source>
        <translation>لا يُسمح بتجميع النقاط في هذا التصويت: نقطة واحدة على الأكثر لكل خيار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approval is a yes (1) or nothing; {value} is not allowed.</source>
        <translation>الموافقة إما نعم (1) أو لا شيء؛ القيمة {value} غير مسموح بها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores go from 1 to 5; {value} is outside.</source>
        <translation>تتراوح النقط من 1 إلى 5؛ القيمة {value} خارج هذا المجال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranks go from 1 to {n}; {value} is outside.</source>
        <translation>تتراوح الرتب من 1 إلى {n}؛ القيمة {value} خارج هذا المجال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two options have rank {rank}; each rank can be given only once.</source>
        <translation>لخيارين الرتبة {rank}؛ لا يمكن منح كل رتبة إلا مرة واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dot budget must be a whole number from 1 to 100.</source>
        <translation>يجب أن يكون رصيد النقاط عددا صحيحا من 1 إلى 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maximum per option must be a whole number from 1 to the budget.</source>
        <translation>يجب أن يكون الحد الأقصى لكل خيار عددا صحيحا من 1 إلى قيمة الرصيد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a voting method.</source>
        <translation>«{value}» ليست طريقة تصويت.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/lifecycle.py" line="+23"/>
        <source>The vote “{title}” is no longer a draft: its options and rules are fixed.</source>
        <translation>التصويت «{title}» لم يعد مسودة: خياراته وقواعده ثابتة.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/rounds.py" line="+18"/>
        <source>The vote “{title}” is closed and cannot be changed.</source>
        <translation>التصويت «{title}» مغلق ولا يمكن تغييره.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vote “{title}” is not open: ballots are accepted only while it is open.</source>
        <translation>التصويت «{title}» غير مفتوح: لا تُقبل الأوراق إلا أثناء فتحه.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/lifecycle.py" line="+1"/>
        <source>Only a draft vote can be opened; to open a closed vote again, re-open it with a reason.</source>
        <translation>لا يمكن فتح إلا تصويت في طور الإعداد؛ لفتح تصويت مغلق من جديد، أعد فتحه مع ذكر السبب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an open vote can be closed.</source>
        <translation>لا يمكن إغلاق إلا تصويت مفتوح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a closed vote can be re-opened.</source>
        <translation>لا يمكن إعادة فتح إلا تصويت مغلق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason to re-open the vote; it is recorded in the minutes.</source>
        <translation>اذكر سببا لإعادة فتح التصويت؛ سيُدوَّن في المحضر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vote needs at least two options.</source>
        <translation>يحتاج التصويت إلى خيارين على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{option}” is not an idea or cluster of this workshop.</source>
        <translation>«{option}» ليست فكرة ولا مجموعة من هذه الورشة.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/ballots.py" line="+64"/>
        <source>“{voter}” is neither a checked-in participant nor a one-time number of this vote.</source>
        <translation>«{voter}» ليس مشاركا مسجل الحضور ولا رقما صالحا لمرة واحدة في هذا التصويت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not checked in; only people present can vote.</source>
        <translation>{name} غير مسجل الحضور؛ لا يصوّت إلا الحاضرون.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one-time number {number} has already been used.</source>
        <translation>الرقم الصالح لمرة واحدة {number} استُعمل من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time numbers are made 1 to 500 at a time.</source>
        <translation>تُنشأ الأرقام الصالحة لمرة واحدة من 1 إلى 500 في كل مرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vote is counted from a paper tally; enter the tally instead of ballots.</source>
        <translation>يُحتسب هذا التصويت من فرز ورقي؛ أدخل نتائج الفرز بدل الأوراق.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/tallies.py" line="+28"/>
        <source>This vote is by secret ballot; no tally can be entered.</source>
        <translation>هذا التصويت بالاقتراع السري؛ لا يمكن إدخال أي فرز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vote takes a single tally; a second entry is not used.</source>
        <translation>يعتمد هذا التصويت فرزا واحدا؛ الإدخال الثاني غير مستعمل.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/lifecycle.py" line="+1"/>
        <source>Score votes need individual ballots; a tally can be entered for dots, approval or ranking.</source>
        <translation>يتطلب التصويت بالنقط أوراقا فردية؛ يمكن إدخال الفرز للنقاط أو الموافقة أو الترتيب.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/tallies.py" line="+1"/>
        <source>The counts are more than {voters} voters could give ({given} for at most {limit}).</source>
        <translation>الأعداد تفوق ما يمكن أن يمنحه {voters} مصوّتا ({given} مقابل {limit} على الأكثر).</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/votes/lifecycle.py" line="+4"/>
        <source>Tally A and tally B still differ on {count} lines; reconcile them before closing.</source>
        <translation>ما يزال الفرز A والفرز B مختلفين في {count} أسطر؛ وفّق بينهما قبل الإغلاق.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/checkin/checkin_view.py" line="-278"/>
        <source>The file {path} cannot be read.</source>
        <translation>يتعذر قراءة الملف {path}.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/commands/votes.py" line="+23"/>
        <source>“{value}” is not OPTION_ID=POINTS.</source>
        <translation>«{value}» ليست على شكل OPTION_ID=POINTS.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/atomic.py" line="+24"/>
        <source>Could not write {name}: the disk or USB stick is full.</source>
        <translation>تعذرت كتابة {name}: القرص أو مفتاح USB ممتلئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {name}: the folder is read-only or not writable.</source>
        <translation>تعذرت كتابة {name}: المجلد للقراءة فقط أو غير قابل للكتابة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {name}: the disk or USB stick reported an error. Try another one.</source>
        <translation>تعذرت كتابة {name}: أبلغ القرص أو مفتاح USB عن خطأ. جرّب وسيطا آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write {name}: the folder {folder} does not exist.</source>
        <translation>تعذرت كتابة {name}: المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {name}: {reason}.</source>
        <translation>تعذرت كتابة {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/synthesis/document.py" line="+43"/>
        <source>The synthesis cannot be written to {path}: {reason}</source>
        <translation>لا يمكن كتابة الخلاصة في {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The synthesis written to {path} did not read back correctly; nothing was kept.</source>
        <translation>لم تُقرأ الخلاصة المكتوبة في {path} بشكل صحيح؛ لم يُحتفظ بأي شيء.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/export/synthesis/record.py" line="+28"/>
        <source>There is no workshop to summarise in this database (or in this selection).</source>
        <translation>لا توجد أي ورشة لتلخيصها في قاعدة البيانات هذه (أو في هذا الاختيار).</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/cross_duplicates.py" line="+40"/>
        <source>A cross-workshop cluster needs ideas from at least two workshops.</source>
        <translation>تتطلب المجموعة المشتركة أفكارا من ورشتين على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The idea {id} is not in this database (or was deleted).</source>
        <translation>الفكرة {id} غير موجودة في قاعدة البيانات هذه (أو حُذفت).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The idea “{text}” is already in the cross-workshop cluster “{name}”.</source>
        <translation>الفكرة «{text}» موجودة أصلا في المجموعة المشتركة «{name}».</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/commands/tables.py" line="+36"/>
        <source>The workshop has no agenda item to hold breakout tables; add one first.</source>
        <translation>لا يتضمن جدول أعمال الورشة أي بند يمكن أن تُنظَّم فيه طاولات العمل؛ أضف بندًا أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how to assign: --by count|balanced, or --table with who sits there.</source>
        <translation>حدّد طريقة التوزيع: ‎--by count|balanced، أو ‎--table مع من يجلس إليها.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/tables/records.py" line="+23"/>
        <source>Give at least one table a name.</source>
        <translation>أعطِ اسمًا لطاولة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A breakout has at most {limit} tables.</source>
        <translation>لا يتجاوز العمل في مجموعات {limit} طاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give one question for all tables, or one question for each of the {count} tables.</source>
        <translation>اكتب سؤالًا واحدًا لكل الطاولات، أو سؤالًا لكل طاولة من الطاولات الـ{count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This agenda item has no breakout tables yet.</source>
        <translation>لا توجد بعد طاولات عمل لهذا البند من جدول الأعمال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is checked in as present; mark who is here first.</source>
        <translation>لم يُسجَّل حضور أي أحد؛ سجّل الحاضرين أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a way of assigning tables.</source>
        <translation>«{value}» ليست طريقة لتوزيع الطاولات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not sit at this table.</source>
        <translation>{name} لا يجلس إلى هذه الطاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table needs a name.</source>
        <translation>الطاولة تحتاج إلى اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” already has ideas or photos: it stays, so nothing it produced is lost.</source>
        <translation>لدى «{name}» أفكار أو صور بالفعل: تبقى، حتى لا يضيع شيء مما أنتجته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scribe and the reporter should be two different people.</source>
        <translation>ينبغي أن يكون كاتب الطاولة والمتحدث باسمها شخصين مختلفين.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/commands/photos.py" line="+23"/>
        <source>The file “{name}” cannot be read: {reason}</source>
        <translation>تعذّرت قراءة الملف «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/photos/images.py" line="+60"/>
        <source>“{name}” is too big ({size} MB; at most {limit} MB).</source>
        <translation>«{name}» كبير جدًا ({size} ميغابايت؛ الحد الأقصى {limit} ميغابايت).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is a drawing (SVG), not a photo; save it as PNG or JPEG first.</source>
        <translation>«{name}» رسم (SVG) وليس صورة؛ احفظه أولًا بصيغة PNG أو JPEG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a picture the app can read (JPEG, PNG or WebP).</source>
        <translation>«{name}» ليس صورة يستطيع التطبيق قراءتها (JPEG أو PNG أو WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is named as a {named} picture but holds a {actual} picture; it was not added.</source>
        <translation>اسم «{name}» يدل على صورة {named} لكنه يحتوي على صورة {actual}؛ لم تُضَف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” does not have the name of a picture (.jpg, .png or .webp).</source>
        <translation>اسم «{name}» ليس اسم صورة (‎.jpg أو ‎.png أو ‎.webp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has too many pixels ({megapixels} megapixels; at most {limit}); it was not added.</source>
        <translation>«{name}» يحتوي على عدد كبير جدًا من البكسلات ({megapixels} ميغابكسل؛ الحد الأقصى {limit})؛ لم تُضَف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is cut short or damaged; copy it again from the phone.</source>
        <translation>«{name}» ناقص أو تالف؛ انسخه مرة أخرى من الهاتف.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/photos/records.py" line="+23"/>
        <source>Attach a photo to one table, question or cluster at most.</source>
        <translation>أرفِق الصورة بطاولة واحدة أو سؤال واحد أو مجموعة واحدة على الأكثر.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/domain/tables/gallery.py" line="+24"/>
        <source>A gallery walk needs at least two ideas from the tables.</source>
        <translation>تحتاج جولة المعرض إلى فكرتين على الأقل من الطاولات.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/engine/newer_database.py" line="+16"/>
        <source>This data file was written by a newer version of SIM Facilitator. Install that version (or a later one) to open it. Nothing was changed.</source>
        <translation>كُتب ملف البيانات هذا بإصدار أحدث من ميسّر SIM. ثبّت ذلك الإصدار (أو إصدارًا أحدث منه) لفتحه. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/organise/cluster_board.py" line="-480"/>
        <source>Choose a cluster first: Tab to its column, or click one of its ideas.</source>
        <translation>اختر مجموعة أولاً: انتقل إلى عمودها بمفتاح Tab أو انقر على إحدى أفكارها.</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <location filename="../sim_facilitator/ui/setup/framework_editor.py" line="+77"/>
        <source>No principle yet. Type its name above, in one language or more, and press Enter.</source>
        <translation>لا يوجد أي مبدأ بعد. اكتب اسمه أعلاه، بلغة واحدة أو أكثر، واضغط Enter.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Framework used by this workshop:</source>
        <translation>الإطار المعتمد في هذه الورشة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>New framework</source>
        <translation>إطار جديد</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Name (%1):</source>
        <translation>الاسم (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (%1)</source>
        <translation>الاسم (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (%1)</source>
        <translation>الوصف (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Principles</source>
        <translation>المبادئ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no framework)</source>
        <translation>(بدون إطار)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — version %2</source>
        <translation>%1 — النسخة %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the framework of principles the ideas will be mapped to.</source>
        <translation>اختر إطار المبادئ الذي ستُربط به الأفكار.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1.</source>
        <translation>النسخة %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other workshops use this version too: your first change makes a new version for this workshop only.</source>
        <translation>تعتمد ورشات أخرى هذه النسخة أيضا: أول تعديل تجريه ينشئ نسخة جديدة خاصة بهذه الورشة.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/help_menu.py" line="+53"/>
        <source>&amp;Help</source>
        <translation>ال&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome and roles…</source>
        <translation>ال&amp;ترحيب والأدوار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SIM Facilitator</source>
        <translation>&amp;حول ميسّر SIM</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SIM Facilitator, version %1</source>
        <translation>ميسّر SIM، الإصدار %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline workshops for an innovative solidarity in Morocco.</source>
        <translation>ورشات تشاور دون اتصال من أجل تضامن مبتكر في المغرب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data file: %1</source>
        <translation>ملف البيانات: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About SIM Facilitator</source>
        <translation>حول ميسّر SIM</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/home_view.py" line="+144"/>
        <source>Workshops</source>
        <translation>الورشات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Workshops on this laptop</source>
        <translation>الورشات على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Search by title, region, status…</source>
        <translation>البحث بالعنوان أو الجهة أو الوضعية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show archived</source>
        <translation>عرض المؤرشفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workshop…</source>
        <translation>ورشة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;template…</source>
        <translation>جديدة انطلاقا من &amp;نموذج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from a &amp;kit file…</source>
        <translation>جديدة انطلاقا من ملف &amp;عدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kit is a bundle prepared by the coordinator: framework, questions, agenda</source>
        <translation>العدة حزمة يُعدّها المنسّق: إطار المبادئ، والأسئلة، وجدول الأعمال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a demo workshop</source>
        <translation>إنشاء ورشة تجريبية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no workshop on this laptop yet. Create one, or explore the app with a demo workshop (its principles are clearly labelled examples).</source>
        <translation>لا توجد أي ورشة على هذا الحاسوب بعد. أنشئ ورشة، أو استكشف البرنامج بورشة تجريبية (مبادئها أمثلة موسومة بوضوح).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Unarchive</source>
        <translation>إ&amp;لغاء الأرشفة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Archive</source>
        <translation>&amp;أرشفة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open a workshop kit</source>
        <translation>فتح عدة ورشة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIM bundles (*.simbundle)</source>
        <translation>حزم SIM (*.simbundle)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A laptop seen for the first time</source>
        <translation>حاسوب يظهر لأول مرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kit was prepared on a laptop this one does not know yet. Accept it only if its fingerprint matches the one the coordinator gave you:

%1</source>
        <translation>أُعدّت هذه العدة على حاسوب لا يعرفه هذا الحاسوب بعد. لا تقبلها إلا إذا طابقت بصمتُه البصمةَ التي أعطاك إياها المنسّق:

%1</translation>
    </message>
</context>
<context>
    <name>IdeaModel</name>
    <message>
        <location filename="../sim_facilitator/ui/capture/idea_model.py" line="+97"/>
        <source>Phone: {name}</source>
        <translation>هاتف: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for approval</source>
        <translation>في انتظار الموافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden from the projector</source>
        <translation>مخفية عن العارض</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>photo {n}</source>
        <translation>صورة {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed from photo {n}</source>
        <translation>منقولة من الصورة {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>typed from photo {n}</source>
        <translation>منقولة من الصورة {n}</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>صاحب الفكرة</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/room/join_panel.py" line="+177"/>
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>لا هاتف متصل</numerusform>
            <numerusform>هاتف واحد متصل</numerusform>
            <numerusform>هاتفان متصلان</numerusform>
            <numerusform>%n هواتف متصلة</numerusform>
            <numerusform>%n هاتفًا متصلًا</numerusform>
            <numerusform>%n هاتف متصل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No phone connected yet</source>
        <translation>لم يتصل أي هاتف بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join the workshop from your phone</source>
        <translation>انضمّوا إلى الورشة من هواتفكم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Connect to the room&apos;s Wi-Fi network.</source>
        <translation>1. اتصلوا بشبكة Wi-Fi الخاصة بالقاعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. Connect to the Wi-Fi network %1, password %2 (or scan the small code):</source>
        <translation>1. اتصلوا بشبكة Wi-Fi ‏%1، كلمة المرور %2 (أو امسحوا الرمز الصغير):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Connect to the Wi-Fi network %1 (or scan the small code):</source>
        <translation>1. اتصلوا بشبكة Wi-Fi ‏%1 (أو امسحوا الرمز الصغير):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code to join the room&apos;s Wi-Fi</source>
        <translation>رمز QR للاتصال بشبكة Wi-Fi الخاصة بالقاعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Scan the code, or open this address in the browser:</source>
        <translation>2. امسحوا الرمز، أو افتحوا هذا العنوان في المتصفح:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Room code:</source>
        <translation>3. رمز القاعة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the phone says the network has no internet, choose “Stay connected”: the room works without internet.</source>
        <translation>إذا قال الهاتف إن الشبكة بلا إنترنت، فاختاروا «البقاء متصلًا»: القاعة تعمل بدون إنترنت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code to join the room</source>
        <translation>رمز QR للانضمام إلى القاعة</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/room/join_room_dialog.py" line="+222"/>
        <source>Type the address shown on the room&apos;s screen, or choose a room.</source>
        <translation>اكتب العنوان المعروض على شاشة القاعة، أو اختر قاعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the pairing code shown on the room&apos;s laptop.</source>
        <translation>اكتب رمز الاقتران المعروض على حاسوب القاعة.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint: %1</source>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for rooms on the network…</source>
        <translation>جارٍ البحث عن القاعات على الشبكة…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n room(s) found.</source>
        <translation>
            <numerusform>لم يُعثر على أي قاعة.</numerusform>
            <numerusform>عُثر على قاعة واحدة.</numerusform>
            <numerusform>عُثر على قاعتين.</numerusform>
            <numerusform>عُثر على %n قاعات.</numerusform>
            <numerusform>عُثر على %n قاعة.</numerusform>
            <numerusform>عُثر على %n قاعة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No room found (many hotspots block this search). Type the address shown on the room&apos;s screen.</source>
        <translation>لم يُعثر على أي قاعة (كثير من نقاط الاتصال تمنع هذا البحث). اكتب العنوان المعروض على شاشة القاعة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join a room</source>
        <translation>الانضمام إلى قاعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync this laptop with the facilitator&apos;s laptop, on the room&apos;s network: what either of you captures appears on both.</source>
        <translation>زامِن هذا الحاسوب مع حاسوب الميسّر عبر شبكة القاعة: ما يدوّنه أيٌّ منكما يظهر على الحاسوبين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rooms found on the network:</source>
        <translation>القاعات الموجودة على الشبكة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again</source>
        <translation>البحث من جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address of the room (shown on the room&apos;s screen):</source>
        <translation>عنوان القاعة (المعروض على شاشة القاعة):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing code (6 digits, shown beside the join screen on the room&apos;s laptop):</source>
        <translation>رمز الاقتران (6 أرقام، معروض بجانب شاشة الانضمام على حاسوب القاعة):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of this laptop:</source>
        <translation>اسم هذا الحاسوب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare these two fingerprints with the ones on the facilitator&apos;s screen.</source>
        <translation>قارن هاتين البصمتين بالبصمتين المعروضتين على شاشة الميسّر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s laptop:</source>
        <translation>حاسوب القاعة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop:</source>
        <translation>هذا الحاسوب:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If a single character differs, cancel: you reached another laptop. If they match, pair, then the facilitator confirms on the room&apos;s laptop.</source>
        <translation>إذا اختلف حرف واحد فألغِ العملية: لقد وصلت إلى حاسوب آخر. وإذا تطابقتا فاقترن، ثم يؤكّد الميسّر على حاسوب القاعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the facilitator to confirm on the room&apos;s laptop…</source>
        <translation>في انتظار تأكيد الميسّر على حاسوب القاعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They match — &amp;pair</source>
        <translation>متطابقتان — &amp;اقتران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/room/join_screen.py" line="+165"/>
        <source>%n wrong voter code(s) sent since the room opened. Many in a short time means someone is guessing: the room then pauses code checks for a minute.</source>
        <translation>
            <numerusform>لم يُرسَل أي رمز تصويت خاطئ منذ فتح القاعة.</numerusform>
            <numerusform>أُرسل رمز تصويت خاطئ واحد منذ فتح القاعة. كثرتها في وقت قصير تعني أن أحدًا يخمّن: عندها توقف القاعة التحقق من الرموز لمدة دقيقة.</numerusform>
            <numerusform>أُرسل رمزا تصويت خاطئان منذ فتح القاعة. كثرتها في وقت قصير تعني أن أحدًا يخمّن: عندها توقف القاعة التحقق من الرموز لمدة دقيقة.</numerusform>
            <numerusform>أُرسلت %n رموز تصويت خاطئة منذ فتح القاعة. كثرتها في وقت قصير تعني أن أحدًا يخمّن: عندها توقف القاعة التحقق من الرموز لمدة دقيقة.</numerusform>
            <numerusform>أُرسل %n رمزًا خاطئًا للتصويت منذ فتح القاعة. كثرتها في وقت قصير تعني أن أحدًا يخمّن: عندها توقف القاعة التحقق من الرموز لمدة دقيقة.</numerusform>
            <numerusform>أُرسل %n رمز تصويت خاطئ منذ فتح القاعة. كثرتها في وقت قصير تعني أن أحدًا يخمّن: عندها توقف القاعة التحقق من الرموز لمدة دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Join the room</source>
        <translation>الانضمام إلى القاعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop is on several networks. Address to show:</source>
        <translation>هذا الحاسوب متصل بعدة شبكات. العنوان المراد عرضه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to show</source>
        <translation>العنوان المراد عرضه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve ideas from phones before they are shown</source>
        <translation>الموافقة على أفكار الهواتف قبل عرضها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting ideas are listed in the Capture tab, with Approve and Hide. Hidden ideas stay in the data but never reach the projector.</source>
        <translation>تظهر الأفكار المنتظِرة في تبويب «تدوين الأفكار» مع زرَّي «موافقة» و«إخفاء». تبقى الأفكار المخفية في البيانات لكنها لا تصل أبدًا إلى العارض.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room&apos;s Wi-Fi, to show phones how to join it (optional):</source>
        <translation>شبكة Wi-Fi الخاصة بالقاعة، لتُعرض على الهواتف طريقة الاتصال بها (اختياري):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network &amp;name:</source>
        <translation>ا&amp;سم الشبكة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector only (Esc to come back)</source>
        <translation>العارض فقط (Esc للرجوع)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the join panel alone, full screen: the room does not see this side</source>
        <translation>عرض لوحة الانضمام وحدها بملء الشاشة: لا ترى القاعة هذا الجانب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the room</source>
        <translation>إغلاق القاعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop serving phones; nothing is lost</source>
        <translation>إيقاف خدمة الهواتف؛ لا يضيع أي شيء</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../sim_facilitator/ui/common/labels.py" line="+15"/>
        <source>Tanger-Tétouan-Al Hoceïma</source>
        <translation>طنجة-تطوان-الحسيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;Oriental</source>
        <translation>الشرق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fès-Meknès</source>
        <translation>فاس-مكناس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rabat-Salé-Kénitra</source>
        <translation>الرباط-سلا-القنيطرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Béni Mellal-Khénifra</source>
        <translation>بني ملال-خنيفرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casablanca-Settat</source>
        <translation>الدار البيضاء-سطات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marrakech-Safi</source>
        <translation>مراكش-آسفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drâa-Tafilalet</source>
        <translation>درعة-تافيلالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Souss-Massa</source>
        <translation>سوس-ماسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guelmim-Oued Noun</source>
        <translation>كلميم-واد نون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laâyoune-Sakia El Hamra</source>
        <translation>العيون-الساقية الحمراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dakhla-Oued Ed-Dahab</source>
        <translation>الداخلة-وادي الذهب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moroccans of the world</source>
        <translation>مغاربة العالم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foundation</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooperative</source>
        <translation>تعاونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>مقاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public body</source>
        <translation>هيئة عمومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>donor</source>
        <translation>جهة مانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>researcher</source>
        <translation>باحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizen</source>
        <translation>مواطن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under 25</source>
        <translation>أقل من 25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>35–44</source>
        <translation>35–44</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>45–54</source>
        <translation>45–54</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>55–64</source>
        <translation>55–64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>65 and over</source>
        <translation>65 فما فوق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another gender</source>
        <translation>جنس آخر</translation>
    </message>
</context>
<context>
    <name>LaptopsPanel</name>
    <message>
        <location filename="../sim_facilitator/ui/room/laptops_panel.py" line="+119"/>
        <source>Hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid %1 more</source>
        <translation>صالح لمدة %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 · last synced %n s ago</source>
        <translation>
            <numerusform>%1 · آخر مزامنة الآن</numerusform>
            <numerusform>%1 · آخر مزامنة قبل ثانية واحدة</numerusform>
            <numerusform>%1 · آخر مزامنة قبل ثانيتين</numerusform>
            <numerusform>%1 · آخر مزامنة قبل %n ثوانٍ</numerusform>
            <numerusform>%1 · آخر مزامنة قبل %n ثانية</numerusform>
            <numerusform>%1 · آخر مزامنة قبل %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No note-taker&apos;s laptop connected.</source>
        <translation>لا يوجد حاسوب مقرر متصل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note-takers&apos; laptops</source>
        <translation>حواسيب المقررين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing code to type on a note-taker&apos;s laptop (“Join a room…” in the Session menu):</source>
        <translation>رمز الاقتران الذي يُكتب على حاسوب المقرر («الانضمام إلى قاعة…» في قائمة الجلسة):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the code on this screen (the room may see it if this is projected)</source>
        <translation>إظهار الرمز على هذه الشاشة (قد تراه القاعة إن كانت الشاشة معروضة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New code</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a new pairing code; the old one stops working</source>
        <translation>إنشاء رمز اقتران جديد؛ يتوقف الرمز القديم عن العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>بصمة هذا الحاسوب:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/main_window.py" line="+228"/>
        <source>SIM Facilitator</source>
        <translation>ميسّر SIM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workshop</source>
        <translation>ال&amp;ورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workshop…</source>
        <translation>ورشة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;workshops</source>
        <translation>&amp;كل الورشات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes (PDF or Word)…</source>
        <translation>ال&amp;محضر (PDF أو Word)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projector view</source>
        <translation>&amp;العارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small &amp;note-taker window</source>
        <translation>&amp;نافذة المقرر الصغيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report-back on the projector</source>
        <translation>عرض ال&amp;خلاصات على العارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous table</source>
        <translation>الطاولة ال&amp;سابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next table</source>
        <translation>الطاولة ال&amp;تالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All tables side by side</source>
        <translation>&amp;كل الطاولات جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;room view</source>
        <translation>ال&amp;عودة إلى عرض القاعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;room to phones…</source>
        <translation>فتح &amp;القاعة للهواتف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the room</source>
        <translation>&amp;إغلاق القاعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Join a room (note-taker&apos;s laptop)…</source>
        <translation>الا&amp;نضمام إلى قاعة (حاسوب المقرر)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave the room</source>
        <translation>&amp;مغادرة القاعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data</source>
        <translation>ال&amp;بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;National dashboard</source>
        <translation>اللوحة ال&amp;وطنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange bundles (export, import)…</source>
        <translation>&amp;تبادل الحزم (تصدير، استيراد)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coordination: import bundles, sources…</source>
        <translation>ال&amp;تنسيق: استيراد الحزم، المصادر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;synthesis (PDF)…</source>
        <translation>ال&amp;خلاصة الوطنية (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;النسخ الاحتياطية والاسترجاع…</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>The room needs a workshop saved in a file.</source>
        <translation>تحتاج القاعة إلى ورشة محفوظة في ملف.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The room did not open</source>
        <translation>لم تُفتح القاعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room closed</source>
        <translation>أُغلقت القاعة</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Join a room</source>
        <translation>الانضمام إلى قاعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live sync needs a database saved in a file.</source>
        <translation>تتطلب المزامنة المباشرة قاعدة بيانات محفوظة في ملف.</translation>
    </message>
</context>
<context>
    <name>MappingMatrix</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/mapping_matrix.py" line="+50"/>
        <source>Nothing to map yet. Capture ideas (and group them into clusters if you like), then rate here how strongly each serves each principle.</source>
        <translation>لا يوجد ما يُربط بعد. دوّن الأفكار (واجمعها في مجموعات إن شئت)، ثم قدّر هنا مدى خدمة كل منها لكل مبدأ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Mapping to principles</source>
        <translation>الربط بالمبادئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrows move; 0, 1, 2 or 3 sets the strength; Delete clears it.</source>
        <translation>الأسهم للتنقل؛ 0 أو 1 أو 2 أو 3 لتحديد القوة؛ Delete لمسحها.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/mapping_model.py" line="+158"/>
        <source>Cluster: %1</source>
        <translation>المجموعة: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Two laptops disagree: %1. Type a digit to choose.</source>
        <translation>حاسوبان مختلفان: %1. اكتب رقما للاختيار.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Idea or cluster</source>
        <translation>فكرة أو مجموعة</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/record/minutes_dialog.py" line="+54"/>
        <source>Export minutes</source>
        <translation>تصدير المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the minutes:</source>
        <translation>لغة المحضر:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF — the signed record</source>
        <translation>PDF — المحضر الموقَّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (.docx) — to edit in Word or LibreOffice</source>
        <translation>Word (.docx) — للتحرير في Word أو LibreOffice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Word file:</source>
        <translation>ملف Word:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word document (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minutes</source>
        <comment>the word used in the suggested file name</comment>
        <translation>محضر</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Save the minutes as</source>
        <translation>حفظ المحضر باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating the minutes…</source>
        <translation>جارٍ إنشاء المحضر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes written as a Word document: {path} (fingerprint {fp}).</source>
        <translation>كُتب المحضر مستندَ Word: {path} (البصمة {fp}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes written: {path} ({pages} pages, fingerprint {fp}).</source>
        <translation>كُتب المحضر: {path} ({pages} صفحات، البصمة {fp}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes could not be generated: {reason}</source>
        <translation>تعذر إنشاء المحضر: {reason}</translation>
    </message>
</context>
<context>
    <name>ModerationQueue</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/capture/moderation_queue.py" line="+165"/>
        <source>Ideas from phones waiting for approval: %Ln</source>
        <translation>
            <numerusform>أفكار من الهواتف في انتظار الموافقة: %Ln</numerusform>
            <numerusform>أفكار من الهواتف في انتظار الموافقة: %Ln</numerusform>
            <numerusform>أفكار من الهواتف في انتظار الموافقة: %Ln</numerusform>
            <numerusform>أفكار من الهواتف في انتظار الموافقة: %Ln</numerusform>
            <numerusform>أفكار من الهواتف في انتظار الموافقة: %Ln</numerusform>
            <numerusform>أفكار من الهواتف في انتظار الموافقة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas from phones waiting for approval</source>
        <translation>أفكار من الهواتف في انتظار الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: approve. Delete: hide.</source>
        <translation>مفتاح الإدخال: موافقة. مفتاح الحذف: إخفاء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve: show this idea on the projector</source>
        <translation>موافقة: عرض هذه الفكرة على العارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide: keep this idea in the data, not on the projector</source>
        <translation>إخفاء: الاحتفاظ بهذه الفكرة في البيانات دون عرضها على العارض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve all</source>
        <translation>الموافقة على الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve every waiting idea</source>
        <translation>الموافقة على كل الأفكار المنتظِرة</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/new_workshop_dialog.py" line="+54"/>
        <source>New workshop</source>
        <translation>ورشة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start from:</source>
        <translation>الان&amp;طلاق من:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blank workshop</source>
        <translation>ورشة فارغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template copies the framework, agenda and guiding questions of an existing workshop, without its participants or ideas.</source>
        <translation>ينسخ النموذج إطار المبادئ وجدول الأعمال والأسئلة التوجيهية لورشة موجودة، دون مشاركيها أو أفكارها.</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../sim_facilitator/ui/setup/ordered_list_editor.py" line="+100"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>اللائحة</translation>
    </message>
</context>
<context>
    <name>Organise</name>
    <message>
        <location filename="../sim_facilitator/domain/organise/mappings.py" line="-5"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>قوي</translation>
    </message>
</context>
<context>
    <name>OrganiseView</name>
    <message>
        <location filename="../sim_facilitator/ui/organise/organise_view.py" line="+39"/>
        <source>Organise</source>
        <translation>التنظيم</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/room/pairing_dialog.py" line="+100"/>
        <source>Pair a note-taker&apos;s laptop?</source>
        <translation>هل تريد الاقتران بحاسوب مقرر؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A laptop typed the pairing code and asks to sync with this one.</source>
        <translation>كتب حاسوبٌ رمز الاقتران ويطلب المزامنة مع هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name:</source>
        <translation>اسمه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name given)</source>
        <translation>(لم يُذكر اسم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its fingerprint:</source>
        <translation>بصمته:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>بصمة هذا الحاسوب:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm only if the note-taker&apos;s screen shows the same two fingerprints. Once paired, the two laptops trust each other&apos;s changes for good.</source>
        <translation>لا تؤكّد إلا إذا عرضت شاشة المقرر البصمتين نفسيهما. بعد الاقتران يثق الحاسوبان في تعديلات بعضهما بصفة دائمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confirm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refuse</source>
        <translation>&amp;رفض</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../sim_facilitator/ui/checkin/participant_model.py" line="+58"/>
        <source>Name or pseudonym</source>
        <translation>الاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of actor</source>
        <translation>صنف الفاعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named in minutes</source>
        <translation>الاسم في المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/common/pdf_export_dialog.py" line="+141"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic and French (bilingual)</source>
        <translation>العربية والفرنسية (ثنائي اللغة)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>PDF file:</source>
        <translation>ملف PDF:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+64"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stopped; no file was written.</source>
        <translation>توقف؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>PhoneVotingBox</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/phone_voting_box.py" line="+68"/>
        <source>Phones in the room</source>
        <translation>الهواتف في القاعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal poll: one phone, one vote</source>
        <translation>استطلاع غير رسمي: هاتف واحد، صوت واحد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted on paper: phones show the vote but do not vote in it.</source>
        <translation>فرز ورقي: تعرض الهواتف التصويت لكنها لا تصوّت فيه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones use the voter codes: each person types the one-time number on their slip. A secret ballot, one vote per number.</source>
        <translation>تستعمل الهواتف رموز التصويت: يكتب كل شخص الرقم الصالح لمرة واحدة المكتوب على ورقته. اقتراع سري، صوت واحد لكل رقم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phones vote in this round: one vote per phone.</source>
        <translation>تصوّت الهواتف في هذه الجولة: صوت واحد لكل هاتف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones cannot vote in this round yet. For a secret ballot, issue one-time numbers; for a quick show of hands, tick the informal poll.</source>
        <translation>لا يمكن للهواتف التصويت في هذه الجولة بعد. للاقتراع السري، أصدِروا أرقامًا صالحة لمرة واحدة؛ ولتصويت سريع برفع الأيدي، فعّلوا الاستطلاع غير الرسمي.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a secret ballot, and not safe for a decision: someone with two phones or two browsers votes twice. Use one-time numbers for a decision.</source>
        <translation>ليس اقتراعًا سريًا ولا يصلح لاتخاذ قرار: من لديه هاتفان أو متصفحان يصوّت مرتين. استعملوا الأرقام الصالحة لمرة واحدة لاتخاذ قرار.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/photos/photo_dialog.py" line="+129"/>
        <location line="+2"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caption:</source>
        <translation>ال&amp;تعليق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add photos…</source>
        <translation>إ&amp;ضافة صور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drop picture files on this window</source>
        <translation>أو أسقِط ملفات الصور على هذه النافذة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove this photo</source>
        <translation>&amp;حذف هذه الصورة</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No photo yet: add one, or drop picture files here.</source>
        <translation>لا توجد صور بعد: أضف صورة أو أسقِط ملفات الصور هنا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>لا صور تُضاف…</numerusform>
            <numerusform>إضافة صورة واحدة…</numerusform>
            <numerusform>إضافة صورتين…</numerusform>
            <numerusform>إضافة %n صور…</numerusform>
            <numerusform>إضافة %n صورة…</numerusform>
            <numerusform>إضافة %n صورة…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove this photo</source>
        <translation>حذف هذه الصورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this photo from the workshop? It leaves the screens and the minutes; ideas typed from it stay.</source>
        <translation>حذف هذه الصورة من الورشة؟ ستختفي من الشاشات ومن المحضر؛ وتبقى الأفكار المنقولة منها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photo removed.</source>
        <translation>حُذفت الصورة.</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/photos/importer.py" line="+127"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>لم تُضف أي صورة.</numerusform>
            <numerusform>أُضيفت صورة واحدة.</numerusform>
            <numerusform>أُضيفت صورتان.</numerusform>
            <numerusform>أُضيفت %n صور.</numerusform>
            <numerusform>أُضيفت %n صورة.</numerusform>
            <numerusform>أُضيفت %n صورة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/capture/photo_picker.py" line="-17"/>
        <source>Photos (%n)…</source>
        <translation>
            <numerusform>الصور (%n)…</numerusform>
            <numerusform>الصور (%n)…</numerusform>
            <numerusform>الصور (%n)…</numerusform>
            <numerusform>الصور (%n)…</numerusform>
            <numerusform>الصور (%n)…</numerusform>
            <numerusform>الصور (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../sim_facilitator/ui/photos/viewer.py" line="+98"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>تصغير (⁦Ctrl+العجلة⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>تكبير (⁦Ctrl+العجلة⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the photo to the width</source>
        <translation>ملاءمة الصورة للعرض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The picture has not reached this laptop (it travels in bundles).</source>
        <translation>لم تصل الصورة إلى هذا الحاسوب بعد (تنتقل الصور داخل الحزم).</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../sim_facilitator/ui/photos/importer.py" line="-96"/>
        <source>Pictures ({patterns})</source>
        <translation>الصور ({patterns})</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/photos/labels.py" line="+21"/>
        <source>Photo {n}</source>
        <translation>الصورة {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table: {name}</source>
        <translation>الطاولة: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question: {name}</source>
        <translation>السؤال: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster: {name}</source>
        <translation>المجموعة: {name}</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/projector_view.py" line="+149"/>
        <source>Projector</source>
        <translation>العارض</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 over time</source>
        <translation>تجاوز الوقت بـ%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>بقي %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest ideas</source>
        <translation>آخر الأفكار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of %2 present have voted</source>
        <translation>صوّت %1 من أصل %2 حاضرا</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln ballot(s) cast</source>
        <translation>
            <numerusform>لم تُقدَّم أي ورقة تصويت</numerusform>
            <numerusform>ورقة تصويت واحدة</numerusform>
            <numerusform>ورقتا تصويت</numerusform>
            <numerusform>%Ln أوراق تصويت</numerusform>
            <numerusform>%Ln ورقة تصويت</numerusform>
            <numerusform>%Ln ورقة تصويت</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voting is open</source>
        <translation>التصويت مفتوح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting is closed</source>
        <translation>التصويت مغلق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote in preparation</source>
        <translation>التصويت قيد الإعداد</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Turnout: %1</source>
        <translation>نسبة المشاركة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rule recorded</source>
        <translation>لم تُسجل أي قاعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie — tie-break rule: %1</source>
        <translation>تعادل — قاعدة الحسم: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/recovery.py" line="+37"/>
        <source>This data file is newer than the app</source>
        <translation>ملف البيانات هذا أحدث من التطبيق</translation>
    </message>
</context>
<context>
    <name>ReportBackView</name>
    <message>
        <location filename="../sim_facilitator/ui/tables/report_back_view.py" line="+245"/>
        <source>No tables for this agenda item yet.</source>
        <translation>لا توجد بعد طاولات لهذا البند من جدول الأعمال.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Table %1 of %2</source>
        <translation>الطاولة %1 من %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported by %1</source>
        <translation>يعرضها %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>No ideas from this table yet.</source>
        <translation>لا توجد بعد أفكار من هذه الطاولة.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Photo of the table&apos;s flipchart</source>
        <translation>صورة اللوح الورقي للطاولة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All tables</source>
        <translation>كل الطاولات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tables side by side</source>
        <translation>كل الطاولات جنبًا إلى جنب</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ولا شيء آخر</numerusform>
            <numerusform>… وفكرة أخرى</numerusform>
            <numerusform>… وفكرتان أخريان</numerusform>
            <numerusform>… و%Ln أفكار أخرى</numerusform>
            <numerusform>… و%Ln فكرة أخرى</numerusform>
            <numerusform>… و%Ln فكرة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gallery walk: results by table</source>
        <translation>جولة المعرض: النتائج حسب الطاولة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gallery walk: overall results</source>
        <translation>جولة المعرض: النتائج الإجمالية</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../sim_facilitator/room/addresses.py" line="+20"/>
        <source>{host} is not a loopback or private-network address; the room listens only on the local network.</source>
        <translation>{host} ليس عنوانًا محليًا (loopback) ولا عنوانًا في شبكة خاصة؛ القاعة لا تستقبل إلا على الشبكة المحلية.</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/room/errors.py" line="+17"/>
        <source>The request could not be read; please try again.</source>
        <translation>تعذّرت قراءة الطلب؛ يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is missing “{field}” or it has the wrong form.</source>
        <translation>الطلب ينقصه «{field}» أو أنه بصيغة غير صحيحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This room code is not right. Check the code shown on the screen.</source>
        <translation>رمز القاعة هذا غير صحيح. تحقّق من الرمز المعروض على الشاشة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voter code is not valid for this vote. Check the code on your slip.</source>
        <translation>رمز التصويت هذا غير صالح لهذا التصويت. تحقّق من الرمز المكتوب على ورقتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vote does not take ballots from phones.</source>
        <translation>هذا التصويت لا يقبل أوراق التصويت من الهواتف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page or item does not exist.</source>
        <translation>هذه الصفحة أو هذا العنصر غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a photo (JPEG, PNG or WebP).</source>
        <translation>أرسل صورة (JPEG أو PNG أو WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This table code is not right. Check the code the facilitator gave your table.</source>
        <translation>رمز الطاولة هذا غير صحيح. تحقّق من الرمز الذي أعطاه الميسّر لطاولتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request is not allowed here.</source>
        <translation>هذا الطلب غير مسموح به هنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vote is not open: ballots are not accepted now.</source>
        <translation>هذا التصويت غير مفتوح: لا تُقبل أوراق التصويت الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This voter code has already been used for a ballot.</source>
        <translation>رمز التصويت هذا استُعمل من قبل لورقة تصويت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This submission was already sent with different content.</source>
        <translation>سبق إرسال هذا الطلب بمحتوى مختلف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you sent is too long.</source>
        <translation>ما أرسلته طويل جدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request must be sent as JSON.</source>
        <translation>يجب إرسال الطلب بصيغة JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The idea is too long ({length} characters; at most {limit}).</source>
        <translation>الفكرة طويلة جدًا ({length} حرفًا؛ الحد الأقصى {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your idea before sending it.</source>
        <translation>اكتب فكرتك قبل إرسالها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>الاسم طويل جدًا (الحد الأقصى {limit} حرفًا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests at once. Wait a few seconds and try again.</source>
        <translation>طلبات كثيرة في وقت واحد. انتظر بضع ثوانٍ ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong voter codes were tried in this room: code checks are paused. Try again in {seconds} seconds.</source>
        <translation>جُرِّبت رموز تصويت خاطئة كثيرة في هذه القاعة: التحقق من الرموز متوقف مؤقتًا. أعد المحاولة بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have sent many ideas in a short time. You can send another one in {seconds} seconds.</source>
        <translation>أرسلت أفكارًا كثيرة في وقت قصير. يمكنك إرسال فكرة أخرى بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many ideas are waiting for the facilitator&apos;s approval. Your idea will be sent again once some have been reviewed.</source>
        <translation>أفكار كثيرة تنتظر موافقة الميسّر. ستُرسَل فكرتك من جديد بعد مراجعة بعضها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many live connections; this page will refresh by itself.</source>
        <translation>عدد الاتصالات المباشرة كبير جدًا؛ ستتحدّث هذه الصفحة تلقائيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong on the facilitator&apos;s laptop; nothing was saved.</source>
        <translation>حدث خلل في حاسوب الميسّر؛ لم يُحفَظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../sim_facilitator/room/page_texts.py" line="+20"/>
        <source>Workshop room</source>
        <translation>قاعة الورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip to content</source>
        <translation>الانتقال إلى المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the workshop</source>
        <translation>الانضمام إلى الورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room code</source>
        <translation>رمز القاعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code shown on the screen.</source>
        <translation>اكتب الرمز المعروض على الشاشة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the room code first.</source>
        <translation>اكتب رمز القاعة أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room cannot be reached. Check that you are on the room&apos;s Wi-Fi.</source>
        <translation>تعذّر الوصول إلى القاعة. تأكد من أنك متصل بشبكة Wi-Fi الخاصة بالقاعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Please try again.</source>
        <translation>حدث خطأ ما. يرجى إعادة المحاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now in the workshop</source>
        <translation>الآن في الورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started yet</source>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share an idea</source>
        <translation>شارك فكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You write for the table</source>
        <translation>أنت تكتب باسم الطاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table&apos;s question</source>
        <translation>سؤال الطاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop writing for this table</source>
        <translation>التوقف عن الكتابة لهذه الطاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo of the flipchart</source>
        <translation>صورة اللوح الورقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo received. Thank you!</source>
        <translation>وصلت الصورة. شكرًا!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos waiting to be sent: {count}</source>
        <translation>صور في انتظار الإرسال: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room cannot be reached: they are sent again by themselves.</source>
        <translation>تعذّر الوصول إلى القاعة: ستُرسَل من جديد تلقائيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room is busy: they are sent again by themselves.</source>
        <translation>القاعة مشغولة: ستُرسَل من جديد تلقائيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending: {percent}%</source>
        <translation>جارٍ الإرسال: {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send this photo</source>
        <translation>لا ترسل هذه الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo not accepted: {reason}</source>
        <translation>لم تُقبل الصورة: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a photo (JPEG, PNG or WebP).</source>
        <translation>أرسل صورة (JPEG أو PNG أو WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost when the page was closed: take the photo again.</source>
        <translation>ضاعت عند إغلاق الصفحة: التقط الصورة من جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This picture is too large: at most {megabytes} MB.</source>
        <translation>هذه الصورة كبيرة جدًا: {megabytes} ميغابايت على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many photos are waiting to be sent (at most {count}, {megabytes} MB together). Take this one again once they have gone.</source>
        <translation>صور كثيرة في انتظار الإرسال (على الأكثر {count} صور و{megabytes} ميغابايت معًا). أعد التقاط هذه الصورة بعد إرسالها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file could not be read. Choose the photo again.</source>
        <translation>تعذّرت قراءة هذا الملف. اختر الصورة من جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This browser cannot keep photos once the page is closed: keep this page open until they are sent.</source>
        <translation>لا يستطيع هذا المتصفح الاحتفاظ بالصور بعد إغلاق الصفحة: أبقِ هذه الصفحة مفتوحة حتى تُرسَل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scribe of a table? Join your table</source>
        <translation>هل أنت كاتب الطاولة؟ انضمّ إلى طاولتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table code</source>
        <translation>رمز الطاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facilitator gives each table its code.</source>
        <translation>يعطي الميسّر لكل طاولة رمزها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the table</source>
        <translation>الانضمام إلى الطاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the table code first.</source>
        <translation>اكتب رمز الطاولة أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under the question</source>
        <translation>ضمن السؤال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your idea</source>
        <translation>فكرتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} من {limit} حرفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name (optional)</source>
        <translation>اسمك (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the idea</source>
        <translation>إرسال الفكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your idea first.</source>
        <translation>اكتب فكرتك أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your idea is too long: {length} characters; at most {limit}.</source>
        <translation>فكرتك طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea received. Thank you!</source>
        <translation>وصلت الفكرة. شكرًا لك!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea received. The facilitator will show it after a check.</source>
        <translation>وصلت الفكرة. سيعرضها الميسّر بعد مراجعتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ideas</source>
        <translation>أفكارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the facilitator&apos;s check</source>
        <translation>في انتظار مراجعة الميسّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside by the facilitator</source>
        <translation>وضعها الميسّر جانبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>غير مقبولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vote is held in the room, not on phones.</source>
        <translation>يجري هذا التصويت في القاعة، لا على الهواتف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vote is closed.</source>
        <translation>التصويت مغلق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of vote cannot be used from a phone.</source>
        <translation>لا يمكن استعمال هذا النوع من التصويت من الهاتف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have {budget} dots to give; at most {limit} per option.</source>
        <translation>لديك {budget} نقاط لتوزيعها، {limit} على الأكثر لكل خيار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots left: {left} of {budget}</source>
        <translation>النقاط المتبقية: {left} من {budget}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a dot from “{option}”</source>
        <translation>إزالة نقطة من «{option}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dot to “{option}”</source>
        <translation>إضافة نقطة إلى «{option}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} dots per option.</source>
        <translation>{limit} نقاط على الأكثر لكل خيار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dots left: take one from another option first.</source>
        <translation>لم تبقَ لديك نقاط: انزع نقطة من خيار آخر أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick every option you support.</source>
        <translation>ضع علامة على كل خيار تؤيده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the options in your order of preference, the best first.</source>
        <translation>رتّب الخيارات حسب تفضيلك، الأفضل أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{option}” is now number {rank}.</source>
        <translation>«{option}» الآن في المرتبة {rank}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{option}” up</source>
        <translation>نقل «{option}» إلى الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{option}” down</source>
        <translation>نقل «{option}» إلى الأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each option a score from 1 (low) to 5 (high). An option without a score is an abstention.</source>
        <translation>أعطِ كل خيار علامة من 1 (ضعيفة) إلى 5 (عالية). الخيار بلا علامة يُعدّ امتناعًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score {score} for “{option}”</source>
        <translation>العلامة {score} لـ«{option}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No score</source>
        <translation>بلا علامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time voter code</source>
        <translation>رمز التصويت الصالح لمرة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secret ballot needs the one-time voter code from your slip.</source>
        <translation>يتطلب الاقتراع السري رمز التصويت الصالح لمرة واحدة المكتوب على قسيمتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your one-time voter code.</source>
        <translation>اكتب رمز التصويت الصالح لمرة واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one option before casting your ballot.</source>
        <translation>اختر خيارًا واحدًا على الأقل قبل الإدلاء بورقة تصويتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast my ballot</source>
        <translation>الإدلاء بورقة تصويتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ballot was received at {time}.</source>
        <translation>وصلت ورقة تصويتك على الساعة {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ballot was changed at {time}.</source>
        <translation>تم تغيير ورقة تصويتك على الساعة {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check code: {check}</source>
        <translation>رمز التحقق: {check}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my ballot</source>
        <translation>تغيير ورقة تصويتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my earlier ballot</source>
        <translation>الإبقاء على ورقة تصويتي السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secret ballot cannot be changed once cast.</source>
        <translation>لا يمكن تغيير الاقتراع السري بعد الإدلاء به.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots cast: {count}</source>
        <translation>أوراق التصويت المدلى بها: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points: {points}</source>
        <translation>النقاط: {points}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score: {mean}</source>
        <translation>متوسط العلامة: {mean}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page needs JavaScript.</source>
        <translation>تحتاج هذه الصفحة إلى JavaScript.</translation>
    </message>
</context>
<context>
    <name>RoomSession</name>
    <message>
        <location filename="../sim_facilitator/ui/room/room_session.py" line="+48"/>
        <source>The room did not start in time. Close other programs and try again.</source>
        <translation>لم تبدأ القاعة في الوقت المحدد. أغلقوا البرامج الأخرى ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The room could not listen on the network ({reason}). Another program may use the port, or the system refused it.</source>
        <translation>تعذّر على القاعة الاستماع على الشبكة ({reason}). ربما يستعمل برنامج آخر المنفذ، أو رفض النظام ذلك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room could not be opened ({reason}).</source>
        <translation>تعذّر فتح القاعة ({reason}).</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The room stopped unexpectedly. Open it again to continue.</source>
        <translation>توقفت القاعة على نحو غير متوقع. افتحها من جديد للمتابعة.</translation>
    </message>
</context>
<context>
    <name>RoomStatus</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/room/room_status.py" line="+40"/>
        <source>Room open · %1 · %n phone(s)</source>
        <translation>
            <numerusform>القاعة مفتوحة · %1 · لا هواتف</numerusform>
            <numerusform>القاعة مفتوحة · %1 · هاتف واحد</numerusform>
            <numerusform>القاعة مفتوحة · %1 · هاتفان</numerusform>
            <numerusform>القاعة مفتوحة · %1 · %n هواتف</numerusform>
            <numerusform>القاعة مفتوحة · %1 · %n هاتفًا</numerusform>
            <numerusform>القاعة مفتوحة · %1 · %n هاتف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the join screen</source>
        <translation>عرض شاشة الانضمام</translation>
    </message>
</context>
<context>
    <name>RoomTroubleshooting</name>
    <message>
        <location filename="../sim_facilitator/ui/room/room_troubleshooting.py" line="+33"/>
        <source>The phones do not find the address.</source>
        <translation>الهواتف لا تصل إلى العنوان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many phone hotspots and guest or venue Wi-Fi networks keep devices apart (client isolation). Use a small travel router, or make this laptop the hotspot, and connect the phones to it.</source>
        <translation>كثير من نقاط اتصال الهواتف وشبكات Wi-Fi المخصّصة للضيوف أو للأماكن تعزل الأجهزة بعضها عن بعض (عزل العملاء). استعملوا موجّه سفر صغيرًا، أو اجعلوا هذا الحاسوب نقطة الاتصال، ثم صِلوا الهواتف به.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows asks whether to allow the app on the network.</source>
        <translation>يسأل Windows هل يسمح للتطبيق بالعمل على الشبكة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer Allow, on private networks. If it was refused, phones cannot connect: allow SIM Facilitator in Windows Defender Firewall, or set the Wi-Fi network as private.</source>
        <translation>أجيبوا «سماح» على الشبكات الخاصة. إذا رُفض ذلك فلن تتمكن الهواتف من الاتصال: اسمحوا لتطبيق ميسّر SIM في جدار حماية Windows Defender، أو اجعلوا شبكة Wi-Fi شبكة خاصة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone says the network has no internet.</source>
        <translation>يقول الهاتف إن الشبكة بلا إنترنت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer “Stay connected”. The room needs no internet; if the phone keeps leaving the Wi-Fi, turn off its mobile data.</source>
        <translation>أجيبوا «البقاء متصلًا». القاعة لا تحتاج إلى الإنترنت؛ وإذا ظلّ الهاتف يغادر شبكة Wi-Fi، فأوقفوا بيانات الهاتف المحمول.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop is on several networks.</source>
        <translation>هذا الحاسوب متصل بعدة شبكات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the address of the network the phones are on.</source>
        <translation>اختاروا عنوان الشبكة التي تتصل بها الهواتف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones drop out after a few arrive.</source>
        <translation>تنقطع الهواتف بعد وصول بضعة منها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone&apos;s hotspot takes only a few devices. For more than about ten people, use a travel router.</source>
        <translation>نقطة اتصال الهاتف لا تقبل إلا أجهزة قليلة. لأكثر من عشرة أشخاص تقريبًا، استعملوا موجّه سفر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If phones cannot connect</source>
        <translation>إذا تعذّر على الهواتف الاتصال</translation>
    </message>
</context>
<context>
    <name>SeatingDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/tables/seating_dialog.py" line="+190"/>
        <source>Seat people: %1</source>
        <translation>توزيع الأشخاص على الطاولات: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one or more people and press their table&apos;s number (1 to 9), or choose the table under the list. 0 or Delete takes them off their table. Every change is saved at once.</source>
        <translation>اختر شخصًا أو أكثر واضغط رقم طاولته (من 1 إلى 9)، أو اختر الطاولة تحت القائمة. الرقم 0 أو مفتاح الحذف يُخرجهم من طاولتهم. كل تغيير يُحفظ فورًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find:</source>
        <translation>ا&amp;بحث:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name or an organisation</source>
        <translation>اسم أو هيئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People and their tables</source>
        <translation>الأشخاص وطاولاتهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to:</source>
        <translation>ا&amp;نقل إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation>انقل إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ove</source>
        <translation>ن&amp;قل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take off their table</source>
        <translation>أ&amp;خرجهم من طاولتهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tables (double-click a name or question to change it):</source>
        <translation>ال&amp;طاولات (انقر مرتين على اسم أو سؤال لتغييره):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables</source>
        <translation>الطاولات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the table</source>
        <translation>احذف ال&amp;طاولة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not seated</source>
        <translation>بلا طاولة</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1: %Ln</source>
        <translation>
            <numerusform>%1: لا أحد</numerusform>
            <numerusform>%1: شخص واحد</numerusform>
            <numerusform>%1: شخصان</numerusform>
            <numerusform>%1: %Ln أشخاص</numerusform>
            <numerusform>%1: %Ln شخصًا</numerusform>
            <numerusform>%1: %Ln شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>not seated: %Ln</source>
        <translation>
            <numerusform>بلا طاولة: لا أحد</numerusform>
            <numerusform>بلا طاولة: شخص واحد</numerusform>
            <numerusform>بلا طاولة: شخصان</numerusform>
            <numerusform>بلا طاولة: %Ln أشخاص</numerusform>
            <numerusform>بلا طاولة: %Ln شخصًا</numerusform>
            <numerusform>بلا طاولة: %Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select someone in the list first.</source>
        <translation>اختر شخصًا في القائمة أولًا.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln person(s): %1</source>
        <translation>
            <numerusform>لا أحد: %1</numerusform>
            <numerusform>شخص واحد: %1</numerusform>
            <numerusform>شخصان: %1</numerusform>
            <numerusform>%Ln أشخاص: %1</numerusform>
            <numerusform>%Ln شخصًا: %1</numerusform>
            <numerusform>%Ln شخص: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no table %1.</source>
        <translation>لا توجد طاولة رقم %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a table first.</source>
        <translation>اختر طاولة أولًا.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../sim_facilitator/ui/setup/setup_view.py" line="+52"/>
        <source>No agenda item yet. Type the first item&apos;s title and its planned minutes above, then press Enter.</source>
        <translation>لا يوجد أي بند في جدول الأعمال بعد. اكتب عنوان البند الأول ومدته المقررة بالدقائق أعلاه، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No guiding question yet. Type the first one above and press Enter.</source>
        <translation>لا يوجد أي سؤال توجيهي بعد. اكتب السؤال الأول أعلاه واضغط Enter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Set-up</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework of principles</source>
        <translation>إطار المبادئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned minutes</source>
        <translation>الدقائق المقررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda items in order, with their planned duration. Double-click to edit.</source>
        <translation>بنود جدول الأعمال بالترتيب، مع مدتها المقررة. انقر مرتين للتعديل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questions the ideas answer. Double-click to edit.</source>
        <translation>الأسئلة التي تجيب عنها الأفكار. انقر مرتين للتعديل.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/shortcuts_overlay.py" line="+36"/>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Show this list of shortcuts</source>
        <translation>عرض لائحة الاختصارات هذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workshop</source>
        <translation>ورشة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of workshops</source>
        <translation>العودة إلى لائحة الورشات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next tab (Ctrl+Shift+Tab: previous)</source>
        <translation>التبويب التالي (Ctrl+Shift+Tab: السابق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes (PDF or Word)</source>
        <translation>المحضر (PDF أو Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector view</source>
        <translation>العارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small note-taker window</source>
        <translation>نافذة المقرر الصغيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the room to phones (join screen)</source>
        <translation>فتح القاعة للهواتف (شاشة الانضمام)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National dashboard</source>
        <translation>اللوحة الوطنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange bundles (export, import)</source>
        <translation>تبادل الحزم (تصدير، استيراد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination: import bundles, sources</source>
        <translation>التنسيق: استيراد الحزم، المصادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit (everything is already saved)</source>
        <translation>الخروج (كل شيء محفوظ مسبقا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the underlined letter: press that button</source>
        <translation>مع الحرف المسطّر: الضغط على ذلك الزر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture</source>
        <translation>تدوين الأفكار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the idea</source>
        <translation>حفظ الفكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the idea</source>
        <translation>سطر جديد داخل الفكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question 1 (Ctrl+2 … Ctrl+9: the others)</source>
        <translation>السؤال 1 (Ctrl+2 … Ctrl+9: الأسئلة الأخرى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No question</source>
        <translation>بدون سؤال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question (Alt+Up: previous)</source>
        <translation>السؤال التالي (Alt+Up: السابق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next breakout table (Ctrl+Shift+T: previous)</source>
        <translation>طاولة العمل التالية (Ctrl+Shift+T: السابقة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next photo to type from (Ctrl+Shift+I: previous)</source>
        <translation>الصورة التالية للنقل منها (Ctrl+Shift+I: السابقة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the author</source>
        <translation>اختيار صاحب الفكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the ideas</source>
        <translation>تصفية الأفكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the list of ideas</source>
        <translation>الانتقال إلى لائحة الأفكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected idea</source>
        <translation>تعديل الفكرة المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected ideas</source>
        <translation>حذف الأفكار المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the text box</source>
        <translation>العودة إلى خانة النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Undo (Ctrl+Shift+Z: redo)</source>
        <translation>تراجع (Ctrl+Shift+Z: إعادة)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Note-taker mode</source>
        <translation>وضع المقرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture in a small window on top</source>
        <translation>التدوين في نافذة صغيرة تبقى في المقدمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report-back on the projector (Tables tab)</source>
        <translation>عرض الخلاصات على العارض (تبويب الطاولات)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next table</source>
        <translation>الطاولة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous table</source>
        <translation>الطاولة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tables side by side</source>
        <translation>كل الطاولات جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the room view</source>
        <translation>العودة إلى عرض القاعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organise: clusters</source>
        <translation>التنظيم: المجموعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next cluster</source>
        <translation>المجموعة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select more ideas</source>
        <translation>تحديد أفكار أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the selected ideas into a new cluster</source>
        <translation>تجميع الأفكار المحددة في مجموعة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the cluster</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to the cluster on the left (Ctrl+Right: on the right)</source>
        <translation>النقل إلى المجموعة على اليسار (Ctrl+Right: على اليمين)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to a cluster chosen by name</source>
        <translation>النقل إلى مجموعة تُختار باسمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into a new cluster</source>
        <translation>فصل في مجموعة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolve the cluster</source>
        <translation>حلّ المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected ideas as duplicates</source>
        <translation>دمج الأفكار المحددة كأفكار مكررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the selected ideas to principle 1 (… 9)</source>
        <translation>ربط الأفكار المحددة بالمبدأ 1 (… 9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the whole cluster to principle 1 (… 9)</source>
        <translation>ربط المجموعة كلها بالمبدأ 1 (… 9)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organise: mapping matrix</source>
        <translation>التنظيم: جدول الربط بالمبادئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First column (the idea or cluster)</source>
        <translation>العمود الأول (الفكرة أو المجموعة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength 0 to 3 of the mapping (1, 2, 3)</source>
        <translation>قوة الربط من 0 إلى 3 (1، 2، 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the mapping</source>
        <translation>إزالة الربط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes and dialogs</source>
        <translation>التصويت والنوافذ الحوارية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the focused button, tick a box</source>
        <translation>الضغط على الزر النشط، أو وضع علامة في خانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm (the default button)</source>
        <translation>التأكيد (الزر الافتراضي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the dialog or cancel</source>
        <translation>إغلاق النافذة أو الإلغاء</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Find a shortcut…</source>
        <translation>البحث عن اختصار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a shortcut</source>
        <translation>البحث عن اختصار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every screen works with the keyboard alone: Tab moves between controls, the focused control is outlined.</source>
        <translation>كل شاشة تعمل بلوحة المفاتيح وحدها: Tab ينتقل بين عناصر التحكم، ويُحاط العنصر النشط بإطار.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../sim_facilitator/sync/errors.py" line="+15"/>
        <source>This pairing code is not right. Check the code shown on the room&apos;s laptop.</source>
        <translation>رمز الاقتران هذا غير صحيح. تحقّق من الرمز المعروض على حاسوب القاعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing code has expired. Use the new code shown on the room&apos;s laptop.</source>
        <translation>انتهت صلاحية رمز الاقتران هذا. استعمل الرمز الجديد المعروض على حاسوب القاعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing code was used already. Use the new code shown on the room&apos;s laptop.</source>
        <translation>سبق استعمال رمز الاقتران هذا. استعمل الرمز الجديد المعروض على حاسوب القاعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong pairing codes. Wait {seconds} seconds, then type the new code.</source>
        <translation>رموز اقتران خاطئة كثيرة. انتظر {seconds} ثانية، ثم اكتب الرمز الجديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing was not started or has expired. Type the code again.</source>
        <translation>لم يبدأ هذا الاقتران أو انتهت صلاحيته. اكتب الرمز من جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s laptop refused this pairing.</source>
        <translation>رفض حاسوب القاعة هذا الاقتران.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The laptop {device} is known here with another signing key: refused. If it was reinstalled, remove it from the trusted laptops first.</source>
        <translation>الحاسوب {device} معروف هنا بمفتاح توقيع آخر: مرفوض. إن أُعيد تثبيته، فاحذفه أولًا من الحواسيب الموثوقة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other laptop could not prove it holds the key it showed: pairing refused.</source>
        <translation>لم يتمكن الحاسوب الآخر من إثبات امتلاكه للمفتاح الذي عرضه: رُفض الاقتران.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is not paired with the other one. Pair them with the room&apos;s code first.</source>
        <translation>هذا الحاسوب غير مقترن بالحاسوب الآخر. اقرن بينهما أولًا برمز القاعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sync message was altered on the way (its signature does not match).</source>
        <translation>عُدّلت رسالة مزامنة في الطريق (توقيعها غير مطابق).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync message was signed with another key than the paired laptop&apos;s: refused.</source>
        <translation>رسالة مزامنة موقّعة بمفتاح غير مفتاح الحاسوب المقترن: مرفوضة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sync message was received before (a replay): refused.</source>
        <translation>وصلت رسالة المزامنة هذه من قبل (إعادة إرسال): مرفوضة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync message is meant for another laptop: refused.</source>
        <translation>رسالة المزامنة هذه موجّهة إلى حاسوب آخر: مرفوضة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync reply answers no request this laptop is waiting for: refused.</source>
        <translation>رد المزامنة هذا لا يجيب عن أي طلب ينتظره هذا الحاسوب: مرفوض.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sync message is malformed ({field}): refused.</source>
        <translation>رسالة مزامنة غير سليمة البنية ({field}): مرفوضة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync message carries changes that are not valid: {reason}</source>
        <translation>رسالة مزامنة تحمل تغييرات غير صالحة: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync message is too large: refused.</source>
        <translation>رسالة مزامنة كبيرة جدًا: مرفوضة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync batch does not follow what this laptop received before: refused.</source>
        <translation>دفعة مزامنة لا تتبع ما تلقّاه هذا الحاسوب من قبل: مرفوضة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many sync requests at once. Wait a few seconds.</source>
        <translation>طلبات مزامنة كثيرة في وقت واحد. انتظر بضع ثوانٍ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s laptop cannot be reached ({reason}).</source>
        <translation>تعذّر الوصول إلى حاسوب القاعة ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo sent by the other laptop is larger than a photo can be: refused, nothing stored.</source>
        <translation>صورة أرسلها الحاسوب الآخر أكبر مما يمكن أن تكون عليه صورة: رُفضت، ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A photo sent by the other laptop does not match its SHA-256 (it was altered): refused, nothing stored.</source>
        <translation>صورة أرسلها الحاسوب الآخر لا تطابق بصمتها SHA-256 (عُدّلت): رُفضت، ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A photo sent by the other laptop is not a whole JPEG picture as the app makes them: refused, nothing stored.</source>
        <translation>صورة أرسلها الحاسوب الآخر ليست صورة JPEG كاملة كما يصنعها التطبيق: رُفضت، ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other laptop sent a picture that no photo on this laptop refers to: refused, nothing stored.</source>
        <translation>أرسل الحاسوب الآخر صورة لا يشير إليها أي سجل صورة على هذا الحاسوب: رُفضت، ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other laptop sent a photo this laptop did not ask for: refused, nothing stored.</source>
        <translation>أرسل الحاسوب الآخر صورة لم يطلبها هذا الحاسوب: رُفضت، ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is not a loopback or private-network address; laptops sync only on the local network.</source>
        <translation>{host} ليس عنوانًا محليًا ولا عنوان شبكة خاصة؛ لا تتزامن الحواسيب إلا على الشبكة المحلية.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/room/sync_status.py" line="+75"/>
        <source>Connected · last synced %n s ago</source>
        <translation>
            <numerusform>متصل · آخر مزامنة الآن</numerusform>
            <numerusform>متصل · آخر مزامنة قبل ثانية واحدة</numerusform>
            <numerusform>متصل · آخر مزامنة قبل ثانيتين</numerusform>
            <numerusform>متصل · آخر مزامنة قبل %n ثوانٍ</numerusform>
            <numerusform>متصل · آخر مزامنة قبل %n ثانية</numerusform>
            <numerusform>متصل · آخر مزامنة قبل %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a photo&apos;s picture was refused</source>
        <translation>رُفضت صورة فوتوغرافية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — working on this laptop, will catch up</source>
        <translation>غير متصل — العمل مستمر على هذا الحاسوب، وستتم المزامنة لاحقًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to the room…</source>
        <translation>جارٍ الاتصال بالقاعة…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Last synced %n s ago</source>
        <translation>
            <numerusform>آخر مزامنة الآن</numerusform>
            <numerusform>آخر مزامنة قبل ثانية واحدة</numerusform>
            <numerusform>آخر مزامنة قبل ثانيتين</numerusform>
            <numerusform>آخر مزامنة قبل %n ثوانٍ</numerusform>
            <numerusform>آخر مزامنة قبل %n ثانية</numerusform>
            <numerusform>آخر مزامنة قبل %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync &amp;now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave the room</source>
        <translation>&amp;مغادرة القاعة</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/sync_view.py" line="+186"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts</source>
        <translation>%1 جديد، %2 محيّن، %3 دون تغيير، %4 تعارض</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+26"/>
        <location line="+137"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Tick at least one workshop to export.</source>
        <translation>ضع علامة على ورشة واحدة على الأقل لتصديرها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>SIM bundles (*.simbundle)</source>
        <translation>حزم SIM (*.simbundle)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Writing and checking the bundle…</source>
        <translation>جارٍ كتابة الحزمة والتحقق منها…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle %1 is written and checked (%2 changes). Content fingerprint: %3.</source>
        <translation>كُتبت الحزمة %1 وتم التحقق منها (%2 تغيير). بصمة المحتوى: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import bundles</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking and importing bundles…</source>
        <translation>جارٍ التحقق من الحزم واستيرادها…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A laptop not seen before</source>
        <translation>حاسوب لم يُرَ من قبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle %1 comes from a laptop this database does not know. Its fingerprint is:

%2

Compare it with the fingerprint shown on that laptop. Accept this laptop?</source>
        <translation>تأتي الحزمة %1 من حاسوب لا تعرفه قاعدة البيانات هذه. بصمته هي:

%2

قارنها بالبصمة المعروضة على ذلك الحاسوب. هل تقبل هذا الحاسوب؟</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not accepted</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes dated more than a day ahead were set aside (check that laptop&apos;s clock).</source>
        <translation>وُضعت جانبا %1 من التغييرات المؤرخة بأكثر من يوم في المستقبل (تحقق من ساعة ذلك الحاسوب).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bundle was not written</source>
        <translation>لم تُكتب الحزمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange bundles</source>
        <translation>تبادل الحزم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop&apos;s fingerprint: %1</source>
        <translation>بصمة هذا الحاسوب: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kit only (set-up, for the facilitator)</source>
        <translation>العدة فقط (الإعداد، للميسّر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the photos&apos; pictures</source>
        <translation>مع ملفات الصور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick to keep the file small: the photos travel without their pictures.</source>
        <translation>أزل العلامة لإبقاء الملف صغيرًا: تنتقل بيانات الصور دون ملفاتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles…</source>
        <translation>استيراد حزم…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>محيّن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import history</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
</context>
<context>
    <name>SynthesisDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/coordinator/synthesis_dialog.py" line="+46"/>
        <source>National synthesis</source>
        <translation>الخلاصة الوطنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the synthesis:</source>
        <translation>لغة الخلاصة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the synthesis as</source>
        <translation>حفظ الخلاصة باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating the synthesis…</source>
        <translation>جارٍ إنشاء الخلاصة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthesis written: {path} ({pages} pages, fingerprint {fp}).</source>
        <translation>كُتبت الخلاصة: {path} (عدد الصفحات: {pages}، البصمة {fp}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The synthesis could not be generated: {reason}</source>
        <translation>تعذر إنشاء الخلاصة: {reason}</translation>
    </message>
</context>
<context>
    <name>TablesView</name>
    <message>
        <location filename="../sim_facilitator/ui/tables/tables_view.py" line="+216"/>
        <source>Tables</source>
        <translation>الطاولات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breakout:</source>
        <translation>ال&amp;عمل في مجموعات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of tables:</source>
        <translation>&amp;عدد الطاولات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question for every table (optional)</source>
        <translation>سؤال لكل الطاولات (اختياري)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create tables</source>
        <translation>إ&amp;نشاء الطاولات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting off</source>
        <translation>العدّ بالتناوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced by kind of actor</source>
        <translation>متوازن حسب نوع الفاعل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to assign people to tables</source>
        <translation>طريقة توزيع الأشخاص على الطاولات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep people already seated</source>
        <translation>الإبقاء على من اختاروا طاولتهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign the people present</source>
        <translation>&amp;توزيع الحاضرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eat people…</source>
        <translation>و&amp;زّع الأشخاص…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place people by hand or as they choose; rename tables, give each its question</source>
        <translation>ضع الأشخاص يدويًا أو حسب اختيارهم؛ غيّر أسماء الطاولات وأعط كل طاولة سؤالها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the &amp;scribe…</source>
        <translation>اختيار &amp;كاتب الطاولة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the &amp;reporter…</source>
        <translation>اختيار ال&amp;متحدث باسم الطاولة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;back on the projector</source>
        <translation>عرض ال&amp;خلاصات على العارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;photos…</source>
        <translation>إضافة &amp;صور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the photos…</source>
        <translation>اع&amp;رض الصور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gallery walk vote…</source>
        <translation>تصويت جولة ال&amp;معرض…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A vote over every table&apos;s ideas, from phones or on paper (Votes tab)</source>
        <translation>تصويت على أفكار كل الطاولات، من الهواتف أو على الورق (علامة التصويتات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos of the selected table&apos;s flipchart (or drop picture files here)</source>
        <translation>صور اللوح الورقي للطاولة المختارة (أو أفلت ملفات الصور هنا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous table</source>
        <translation>الطاولة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next table</source>
        <translation>الطاولة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tables side by side</source>
        <translation>كل الطاولات جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the room view</source>
        <translation>العودة إلى عرض القاعة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The projector shows the agenda, the vote or the idea wall again (%1)</source>
        <translation>يعرض العارض من جديد جدول الأعمال أو التصويت أو آخر الأفكار (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>Scribe</source>
        <translation>كاتب الطاولة</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+186"/>
        <source>Reporter</source>
        <translation>المتحدث باسم الطاولة</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breakout tables</source>
        <translation>طاولات العمل</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+35"/>
        <source>%Ln idea(s)</source>
        <translation>
            <numerusform>لا أفكار</numerusform>
            <numerusform>فكرة واحدة</numerusform>
            <numerusform>فكرتان</numerusform>
            <numerusform>%Ln أفكار</numerusform>
            <numerusform>%Ln فكرة</numerusform>
            <numerusform>%Ln فكرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No tables for this agenda item yet.</source>
        <translation>لا توجد بعد طاولات لهذا البند من جدول الأعمال.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>لا طاولات</numerusform>
            <numerusform>طاولة واحدة</numerusform>
            <numerusform>طاولتان</numerusform>
            <numerusform>%Ln طاولات</numerusform>
            <numerusform>%Ln طاولة</numerusform>
            <numerusform>%Ln طاولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln table(s) with nothing yet</source>
        <translation>
            <numerusform>لا طاولة بلا أفكار</numerusform>
            <numerusform>طاولة واحدة لم ترسل شيئًا بعد</numerusform>
            <numerusform>طاولتان لم ترسلا شيئًا بعد</numerusform>
            <numerusform>%Ln طاولات لم ترسل شيئًا بعد</numerusform>
            <numerusform>%Ln طاولة لم ترسل شيئًا بعد</numerusform>
            <numerusform>%Ln طاولة لم ترسل شيئًا بعد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Table %1</source>
        <translation>الطاولة %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+60"/>
        <location line="+16"/>
        <source>Select a table first.</source>
        <translation>اختر طاولة أولًا.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Nobody sits at this table yet.</source>
        <translation>لا أحد يجلس إلى هذه الطاولة بعد.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dots</source>
        <translation>التصويت بالنقاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approval</source>
        <translation>التصويت بالموافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallery walk vote</source>
        <translation>تصويت جولة المعرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How people vote:</source>
        <translation>طريقة التصويت:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gallery walk: %1</source>
        <translation>جولة المعرض: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gallery walk vote is ready in the Votes tab (a draft): open it there. Phones, the ballot screen and paper tallies all work for it.</source>
        <translation>تصويت جولة المعرض جاهز في علامة التصويتات (مسودة): افتحه هناك. يمكن التصويت فيه من الهواتف أو شاشة الاقتراع أو بالفرز الورقي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos of the flipchart</source>
        <translation>صور اللوح الورقي</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>لا صور تُضاف…</numerusform>
            <numerusform>تُضاف صورة واحدة…</numerusform>
            <numerusform>تُضاف صورتان…</numerusform>
            <numerusform>تُضاف %n صور…</numerusform>
            <numerusform>تُضاف %n صورة…</numerusform>
            <numerusform>تُضاف %n صورة…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Photos of the table: {table}</source>
        <translation>صور الطاولة: {table}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>On the projector: no tables for this agenda item yet</source>
        <translation>على العارض: لا طاولات لهذا البند بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the projector: all tables side by side</source>
        <translation>على العارض: كل الطاولات جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the projector: the gallery walk&apos;s results</source>
        <translation>على العارض: نتائج جولة المعرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the projector: %1 (%2 of %3)</source>
        <translation>على العارض: %1 (%2 من %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A vote is open: the projector shows it again when you go back to the room view.</source>
        <translation>هناك تصويت مفتوح: يعرضه العارض من جديد عند العودة إلى عرض القاعة.</translation>
    </message>
</context>
<context>
    <name>TallyEntry</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/tally_entry.py" line="+107"/>
        <location line="+9"/>
        <source>Tally entry</source>
        <translation>إدخال الفرز</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Entry by</source>
        <translation>أدخله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first person (A)</source>
        <translation>الشخص الأول (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second person (B)</source>
        <translation>الشخص الثاني (B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Number of voters</source>
        <translation>عدد المصوّتين</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record entry B</source>
        <translation>تسجيل الإدخال B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record entry A</source>
        <translation>تسجيل الإدخال A</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agrees</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the second entry (B) to check the counts.</source>
        <translation>في انتظار الإدخال الثاني (B) للتحقق من الأعداد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the counts from the paper sheet, then record them.</source>
        <translation>أدخل الأعداد من الورقة ثم سجّلها.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Entries A and B differ on %n line(s), highlighted. Re-count those lines and correct the wrong entry.</source>
        <translation>
            <numerusform>الإدخالان A وB متطابقان في كل الأسطر.</numerusform>
            <numerusform>الإدخالان A وB مختلفان في سطر واحد، مبرز. أعد عدّه وصحّح الإدخال الخاطئ.</numerusform>
            <numerusform>الإدخالان A وB مختلفان في سطرين، مبرزين. أعد عدّهما وصحّح الإدخال الخاطئ.</numerusform>
            <numerusform>الإدخالان A وB مختلفان في %n أسطر، مبرزة. أعد عدّها وصحّح الإدخال الخاطئ.</numerusform>
            <numerusform>الإدخالان A وB مختلفان في %n سطرا، مبرزة. أعد عدّها وصحّح الإدخال الخاطئ.</numerusform>
            <numerusform>الإدخالان A وB مختلفان في %n سطر، مبرزة. أعد عدّها وصحّح الإدخال الخاطئ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entries A and B agree.</source>
        <translation>الإدخالان A وB متطابقان.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../sim_facilitator/ui/capture/undo.py" line="+32"/>
        <source>add an idea</source>
        <translation>إضافة فكرة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>edit an idea</source>
        <translation>تعديل فكرة</translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <location line="+18"/>
        <source>delete %n idea(s)</source>
        <translation>
            <numerusform>حذف لا أفكار</numerusform>
            <numerusform>حذف فكرة واحدة</numerusform>
            <numerusform>حذف فكرتين</numerusform>
            <numerusform>حذف %n أفكار</numerusform>
            <numerusform>حذف %n فكرة</numerusform>
            <numerusform>حذف %n فكرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnresolvedReport</name>
    <message numerus="yes">
        <location filename="../sim_facilitator/ui/common/unresolved_report.py" line="+23"/>
        <source>%n character(s) could not be drawn with the app&apos;s fonts: each is printed as a box with its code point and still reads as itself when the text is copied.</source>
        <translation>
            <numerusform>لم يتعذر رسم أي حرف بخطوط التطبيق.</numerusform>
            <numerusform>تعذّر رسم حرف واحد بخطوط التطبيق: طُبع في إطار مع رمزه، ويبقى مقروءًا كما هو عند نسخ النص.</numerusform>
            <numerusform>تعذّر رسم حرفين بخطوط التطبيق: طُبع كلٌّ منهما في إطار مع رمزه، ويبقى مقروءًا كما هو عند نسخ النص.</numerusform>
            <numerusform>تعذّر رسم %n أحرف بخطوط التطبيق: طُبع كلٌّ منها في إطار مع رمزه، ويبقى مقروءًا كما هو عند نسخ النص.</numerusform>
            <numerusform>تعذّر رسم %n حرفًا بخطوط التطبيق: طُبع كلٌّ منها في إطار مع رمزه، ويبقى مقروءًا كما هو عند نسخ النص.</numerusform>
            <numerusform>تعذّر رسم %n حرف بخطوط التطبيق: طُبع كلٌّ منها في إطار مع رمزه، ويبقى مقروءًا كما هو عند نسخ النص.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} on page {page}</source>
        <translation>{code} في الصفحة {page}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/upgrade_notice.py" line="+28"/>
        <source>Updating your data</source>
        <translation>جارٍ تحديث بياناتك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This version of SIM Facilitator keeps its data in a new way. Your data is being brought up to date: this happens once, and takes up to a minute for a large national database. Please do not close the app.</source>
        <translation>يحفظ هذا الإصدار من SIM Facilitator بياناته بطريقة جديدة. تجري الآن مواءمة بياناتك معه: يحدث هذا مرة واحدة فقط، وقد يستغرق دقيقة لقاعدة بيانات وطنية كبيرة. يُرجى عدم إغلاق التطبيق.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/help.py" line="+75"/>
        <location line="+1"/>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is not installed with this copy.</source>
        <translation>دليل الاستخدام غير مثبّت مع هذه النسخة.</translation>
    </message>
</context>
<context>
    <name>VoteTexts</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/vote_texts.py" line="+23"/>
        <source>Dot voting</source>
        <translation>التصويت بالنقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>التصويت بالموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking (Borda)</source>
        <translation>الترتيب (بوردا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores 1–5</source>
        <translation>التنقيط من 1 إلى 5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret ballot on this laptop</source>
        <translation>اقتراع سري على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper tally</source>
        <translation>فرز ورقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper tally, entered twice</source>
        <translation>فرز ورقي، يُدخل مرتين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results are hidden until the vote closes.</source>
        <translation>النتائج مخفية إلى حين إغلاق التصويت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results appear once at least two ballots are cast.</source>
        <translation>تظهر النتائج بعد الإدلاء بورقتين على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tally A and tally B differ: reconcile them to see the results.</source>
        <translation>الفرز A والفرز B مختلفان: وفّق بينهما لرؤية النتائج.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tally has been entered yet.</source>
        <translation>لم يُدخل أي فرز بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas were merged after the tally: the facilitator decides how to count them.</source>
        <translation>دُمجت أفكار بعد الفرز: يقرّر الميسّر كيف تُحتسب.</translation>
    </message>
</context>
<context>
    <name>VotesView</name>
    <message>
        <location filename="../sim_facilitator/ui/votes/votes_view.py" line="+74"/>
        <source>No vote yet. Create one with “New vote”.</source>
        <translation>لا يوجد أي تصويت بعد. أنشئ تصويتا بالزر «تصويت جديد».</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+2"/>
        <source>Votes</source>
        <translation>التصويتات</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+94"/>
        <source>New vote</source>
        <translation>تصويت جديد</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/round_settings.py" line="+114"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote on</source>
        <translation>التصويت على</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/round_results.py" line="+103"/>
        <location filename="../sim_facilitator/ui/votes/round_settings.py" line="+1"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/round_settings.py" line="+1"/>
        <source>Collected by</source>
        <translation>طريقة الجمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie-break rule</source>
        <translation>قاعدة الحسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dots per voter</source>
        <translation>النقاط لكل مصوّت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per option</source>
        <translation>الحد الأقصى لكل خيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>بدون حد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several dots on one option</source>
        <translation>عدة نقاط على خيار واحد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide results until the vote closes</source>
        <translation>إخفاء النتائج إلى حين إغلاق التصويت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the facilitator asks the room to decide</source>
        <translation>مثلا يطلب الميسّر من الحاضرين الحسم</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/votes_view.py" line="-92"/>
        <source>Open the vote</source>
        <translation>فتح التصويت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the vote</source>
        <translation>إغلاق التصويت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-open…</source>
        <translation>إعادة الفتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot screen</source>
        <translation>شاشة الاقتراع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter tally</source>
        <translation>إدخال الفرز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time numbers…</source>
        <translation>أرقام صالحة لمرة واحدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector</source>
        <translation>العارض</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The vote is open.</source>
        <translation>التصويت مفتوح.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The vote is closed: %n ballot(s) cast.</source>
        <translation>
            <numerusform>أُغلق التصويت: لم تُدلَ أي ورقة.</numerusform>
            <numerusform>أُغلق التصويت: ورقة واحدة.</numerusform>
            <numerusform>أُغلق التصويت: ورقتان.</numerusform>
            <numerusform>أُغلق التصويت: %n أوراق.</numerusform>
            <numerusform>أُغلق التصويت: %n ورقة.</numerusform>
            <numerusform>أُغلق التصويت: %n ورقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/round_results.py" line="+3"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters</source>
        <translation>المصوّتون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>المعدل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores 1–5</source>
        <translation>التنقيط من 1 إلى 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count them together</source>
        <translation>احسبها معًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the tally again</source>
        <translation>أدخل الفرز من جديد</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — %2 — ballots cast: %3 of %4 present (turnout %5)</source>
        <translation>%1 — %2 — الأوراق المدلى بها: %3 من أصل %4 حاضرا (نسبة المشاركة %5)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The tally was entered before these ideas were merged, so their counts are not added up: %1. Someone who marked both would be counted twice. Count them together, or enter the tally again?</source>
        <translation>أُدخل الفرز قبل دمج هذه الأفكار، لذلك لم تُجمع أصواتها: %1. من صوّت للفكرتين معًا سيُحسب مرتين. هل تحسبها معًا أم تُدخل الفرز من جديد؟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counted together after a merge, as decided: %1</source>
        <translation>حُسبت معًا بعد الدمج، كما تقرر: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no tie-break rule recorded</source>
        <translation>لم تُسجل قاعدة للحسم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tie: %1. Tie-break rule: %2</source>
        <translation>تعادل: %1. قاعدة الحسم: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-opened: %1</source>
        <translation>أعيد فتحه: %1</translation>
    </message>
    <message>
        <location filename="../sim_facilitator/ui/votes/votes_view.py" line="+6"/>
        <source>Re-open the vote</source>
        <translation>إعادة فتح التصويت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the vote re-opened?</source>
        <translation>لماذا يُعاد فتح التصويت؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>One-time numbers</source>
        <translation>أرقام صالحة لمرة واحدة</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>How many numbers?</source>
        <translation>كم عدد الأرقام؟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write each number on a slip and let people draw them at random. They are shown only now; the app keeps no list of them.</source>
        <translation>اكتب كل رقم على قصاصة ودع الحاضرين يسحبونها عشوائيا. لا تُعرض الأرقام إلا الآن؛ ولا يحتفظ البرنامج بأي لائحة لها.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/welcome_dialog.py" line="+121"/>
        <source>Welcome</source>
        <translation>مرحبا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to SIM Facilitator</source>
        <translation>مرحبا بكم في ميسّر SIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the app:</source>
        <translation>اختر لغة التطبيق:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app switches at once; you can change it later in the Language menu.</source>
        <translation>يتغير التطبيق فورا؛ ويمكنك تغييرها لاحقا من قائمة اللغة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three roles use this app:</source>
        <translation>يستعمل هذا التطبيقَ ثلاثةُ أدوار:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Facilitator&lt;/b&gt;: prepares the workshop, checks people in, runs the agenda, organises the ideas, runs the votes and prints the minutes.</source>
        <translation>&lt;b&gt;الميسّر&lt;/b&gt;: يُعدّ الورشة، ويسجّل الحضور، ويسيّر جدول الأعمال، وينظّم الأفكار، ويُجري التصويت، ويطبع المحضر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Note-taker&lt;/b&gt;: captures the ideas as people speak, with the keyboard only (Enter saves each idea).</source>
        <translation>&lt;b&gt;المقرر&lt;/b&gt;: يدوّن الأفكار كلما تحدث الناس، بلوحة المفاتيح فقط (زر الإدخال يحفظ كل فكرة).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Coordinator&lt;/b&gt;: prepares workshop kits and merges the bundles that come back from every venue into the national picture.</source>
        <translation>&lt;b&gt;المنسّق&lt;/b&gt;: يُعدّ عُدد الورشات ويجمع الحزم العائدة من كل مكان في الصورة الوطنية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start with the demo workshop to try everything safely, or create your own blank workshop. Everything you type is saved at once.</source>
        <translation>ابدأ بالورشة التجريبية لتجربة كل شيء دون مخاطرة، أو أنشئ ورشتك الفارغة. كل ما تكتبه يُحفظ فورا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;demo workshop</source>
        <translation>فتح الورشة ال&amp;تجريبية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A realistic example workshop with ideas, clusters and votes.</source>
        <translation>ورشة نموذجية واقعية فيها أفكار ومجموعات وتصويتات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a &amp;blank workshop…</source>
        <translation>إنشاء ورشة &amp;فارغة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/workshop_table_model.py" line="+68"/>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../sim_facilitator/ui/shell/workspace_page.py" line="+55"/>
        <source>← Workshops</source>
        <translation>→ الورشات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of workshops (Alt+Home)</source>
        <translation>العودة إلى لائحة الورشات (Alt+Home)</translation>
    </message>
</context>
</TS>
