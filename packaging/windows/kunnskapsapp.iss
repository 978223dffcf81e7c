; Inno Setup 6 script for Kunnskapsapp: the PyInstaller bundle in dist\kunnskapsapp, installed.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\kunnskapsapp.iss            per-machine (admin)
;   iscc /DAppVersion=0.1.0 /DPerUser packaging\windows\kunnskapsapp.iss  per-user, no admin
;
; Silent install:   kunnskapsapp-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent removal:   "%ProgramFiles%\Kunnskapsapp\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; packaging\windows\build.ps1 runs both compilations after PyInstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\packaging\dist\kunnskapsapp"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; One AppId for both variants: Windows lists one Kunnskapsapp, upgrades replace it.
AppId={{6C0F7E8A-3B1D-4C55-9E0A-4B6B2D1F7A21}
AppName=Kunnskapsapp
AppVersion={#AppVersion}
AppVerName=Kunnskapsapp {#AppVersion}
AppPublisher=Kunnskapsapp-utviklerne
VersionInfoVersion={#AppVersion}
DefaultGroupName=Kunnskapsapp
DisableProgramGroupPage=yes
DisableDirPage=auto
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\kunnskapsapp.ico
UninstallDisplayIcon={app}\kunnskapsapp.exe
UninstallDisplayName=Kunnskapsapp
OutputDir={#OutputDir}
#ifdef PerUser
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Kunnskapsapp
OutputBaseFilename=kunnskapsapp-{#AppVersion}-windows-x64-peruser-setup
#else
PrivilegesRequired=admin
DefaultDirName={autopf}\Kunnskapsapp
OutputBaseFilename=kunnskapsapp-{#AppVersion}-windows-x64-setup
#endif

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Kunnskapsapp"; Filename: "{app}\kunnskapsapp.exe"; Comment: "Avtaler, prosjekter, finansiering og frister"
Name: "{autodesktop}\Kunnskapsapp"; Filename: "{app}\kunnskapsapp.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\kunnskapsapp.exe"; Description: "{cm:LaunchProgram,Kunnskapsapp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may have left compiled files beside the migrations: remove the whole folder. The
; users' own data (%LOCALAPPDATA%\Kunnskapsapp) and IT's presets (%ProgramData%) stay.
Type: filesandordirs; Name: "{app}"
