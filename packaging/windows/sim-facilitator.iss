; Inno Setup script of SIM Facilitator for Windows: a per-user install (no administrator
; rights: association laptops often have none), a Start-menu shortcut, an uninstaller.
; Built by packaging/build.py after PyInstaller, which passes the version and the folder:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\sim-facilitator /Odist sim-facilitator.iss
; The data (%LOCALAPPDATA%\sim-facilitator) is outside the install folder, so neither an
; update nor an uninstall touches it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\sim-facilitator"
#endif

[Setup]
; The same AppId in every release: a newer installer updates the installed app in place.
AppId={{6A0B5E1C-3D2F-4C8B-9E71-5F2A8C4D9B13}
AppName=SIM Facilitator
AppVersion={#AppVersion}
AppVerName=SIM Facilitator {#AppVersion}
AppPublisher=SIM - For an Innovative Solidarity in Morocco
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\SIM Facilitator
DefaultGroupName=SIM Facilitator
DisableProgramGroupPage=yes
OutputBaseFilename=sim-facilitator-{#AppVersion}-windows-setup
SetupIconFile=sim-facilitator.ico
UninstallDisplayIcon={app}\sim-facilitator-gui.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
#ifexist AddBackslash(CompilerPath) + "Languages\Arabic.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program's own files (never the data, which lives elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\SIM Facilitator"; Filename: "{app}\sim-facilitator-gui.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,SIM Facilitator}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\SIM Facilitator"; Filename: "{app}\sim-facilitator-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\sim-facilitator-gui.exe"; Description: "{cm:LaunchProgram,SIM Facilitator}"; Flags: nowait postinstall skipifsilent
