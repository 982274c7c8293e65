; RehabDesk's Windows installer (Inno Setup 6): packs the PyInstaller folder dist\RehabDesk\
; into one setup program, RehabDesk-<version>-setup.exe, that installs without a download.
; Build it on Windows with one command, installer\build-windows.cmd (docs/admin-guide.md,
; "Building the Windows installer"). tests/deployment/test_inno_setup.py checks that every
; file of the bundle is packed, the shortcuts, the data folder and the uninstall message.
;
; - Per machine: installs into Program Files for every Windows user (administrator rights).
; - Start-menu and desktop shortcuts in English and in Khmer (--language picks the language).
; - The centre's data lives outside Program Files, in C:\ProgramData\RehabDesk (the folder
;   rehabdesk.database_location uses); every Windows user may write there, and
;   uninstalling never removes it, and says so.
; - An upgrade is the same setup program of a newer version: it closes RehabDesk, replaces
;   the program files (the old ones removed first) and keeps the data; the database is
;   upgraded at the next start, after a verified backup.

#define AppName "RehabDesk"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\dist\RehabDesk"

[Setup]
; The same AppId in every version: a newer setup upgrades the installed one in place.
AppId={{DB8E353C-CCD3-4292-A981-512D7C9F9C5D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RehabDesk
DefaultDirName={autopf}\{#AppName}
DisableDirPage=yes
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
RestartApplications=no
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\rehabdesk.exe
UninstallDisplayName={#AppName} {#AppVersion}
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DataKept=RehabDesk was removed. The centre's data was kept: the database, its key file and its backups are still in %1. Installing RehabDesk again finds them there.%n%nកម្មវិធី RehabDesk ត្រូវបានលុបចេញ។ ទិន្នន័យរបស់មជ្ឈមណ្ឌលត្រូវបានរក្សាទុក៖ មូលដ្ឋានទិន្នន័យ ឯកសារសោ និងច្បាប់បម្រុងទុក នៅតែស្ថិតនៅក្នុង %1។ ការដំឡើង RehabDesk ម្ដងទៀតនឹងរកឃើញពួកវានៅទីនោះ។
english.ShortcutEnglish=Open RehabDesk in English
english.ShortcutKhmer=បើក RehabDesk ជាភាសាខ្មែរ

[Dirs]
; The centre's data: outside Program Files, writable by every user, never uninstalled.
Name: "{commonappdata}\{#AppName}"; Permissions: users-modify; Flags: uninsneveruninstall

[InstallDelete]
; An upgrade starts from a clean program folder: no module of the previous version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\rehabdesk.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\RehabDesk"; Filename: "{app}\rehabdesk.exe"; Parameters: "--language en"; Comment: "{cm:ShortcutEnglish}"
Name: "{autoprograms}\RehabDesk ខ្មែរ"; Filename: "{app}\rehabdesk.exe"; Parameters: "--language km"; Comment: "{cm:ShortcutKhmer}"
Name: "{autodesktop}\RehabDesk"; Filename: "{app}\rehabdesk.exe"; Parameters: "--language en"; Comment: "{cm:ShortcutEnglish}"
Name: "{autodesktop}\RehabDesk ខ្មែរ"; Filename: "{app}\rehabdesk.exe"; Parameters: "--language km"; Comment: "{cm:ShortcutKhmer}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{commonappdata}\{#AppName}')]),
      mbInformation, MB_OK);
end;
