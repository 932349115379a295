; FieldReport: the Windows installer (Inno Setup 6).
;
;   ISCC /DAppVersion=0.1.0 installer\fieldreport.iss        (installer\build-windows.ps1 does it)
;
; Installs dist\FieldReport (build_installer.spec) for the current user, without
; administrator rights (monitors rarely have them; an administrator may choose
; "for all users"). The uninstaller removes the program only: a monitor's vault
; lives in the user's data folder and is never deleted; the last page says where
; it is. An organisation's provisioning.json beside the setup file is installed
; beside the app (see docs/packaging.md).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "FieldReport"
#define AppExe "FieldReport.exe"

[Setup]
AppId={{6F1C2E57-3B0D-4C8E-9A57-2D3F0B8E4C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FieldReport
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
SetupIconFile=..\resources\icons\fieldreport.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=FieldReport-{#AppVersion}-setup
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup has no Kyrgyz translation of its own pages: Kyrgyz uses the
; Russian pages with our own messages in Kyrgyz (Kyrgyz.isl).
Name: "ky"; MessagesFile: "compiler:Languages\Russian.isl,Kyrgyz.isl"
; Nor Tajik: Tajik (Cyrillic) likewise uses the Russian pages with Tajik.isl.
Name: "tg"; MessagesFile: "compiler:Languages\Russian.isl,Tajik.isl"

[CustomMessages]
en.CoordinatorWindow=FieldReport coordinator
ru.CoordinatorWindow=FieldReport — координатор
en.VaultKept=Your vault was not deleted. It stays in:%n%n%1%n%nIt opens again with your passphrase when FieldReport is installed again. To remove it for good, delete that folder yourself, after everything was sent to your organisation.
ru.VaultKept=Ваше хранилище не удалено. Оно остаётся здесь:%n%n%1%n%nПосле повторной установки FieldReport оно снова откроется вашим паролем. Чтобы удалить его навсегда, удалите эту папку сами — после того как всё отправлено в организацию.
en.DesktopIcon=Create a desktop shortcut
ru.DesktopIcon=Создать ярлык на рабочем столе

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\dist\FieldReport\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The organisation's provisioning file, when the packager puts one beside the setup file.
Source: "{src}\provisioning.json"; DestDir: "{app}"; Flags: external skipifsourcedoesntexist ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:CoordinatorWindow}"; Filename: "{app}\{#AppExe}"; Parameters: "--central"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer itself may have left; never the vault or the central store.
Type: files; Name: "{app}\provisioning.json"

[Code]
// Where FieldReport keeps the vault (platformdirs: %LOCALAPPDATA%\FieldReport).
function VaultFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\FieldReport');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(VaultFolder()) then
    if not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('VaultKept'), [VaultFolder()]), mbInformation, MB_OK);
end;
