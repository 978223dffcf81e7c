# Build the Windows bundle and both installers (per-machine and per-user):
#
#   pwsh packaging\windows\build.ps1
#
# The same steps as packaging/build on Linux, with the same spec: a clean venv, pip install of
# the app and PyInstaller, the translations compiled, the licences collected, PyInstaller,
# then Inno Setup's ISCC (on PATH or in its default folder). Output in dist\.
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Build = if ($env:KUNNSKAPSAPP_BUILD_DIR) { $env:KUNNSKAPSAPP_BUILD_DIR } else { "$Root\build\packaging" }
$Python = if ($env:KUNNSKAPSAPP_BUILD_PYTHON) { $env:KUNNSKAPSAPP_BUILD_PYTHON } else { "python" }
$env:KUNNSKAPSAPP_BUILD_DIR = $Build
$Version = (Select-String -Path "$Root\kunnskapsapp\__init__.py" -Pattern '^__version__ = "(.*)"').Matches[0].Groups[1].Value

function Run([string]$What, [scriptblock]$Block) {
    Write-Host "==> $What"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

if (Test-Path $Build) { Remove-Item -Recurse -Force $Build }
New-Item -ItemType Directory -Force "$Build\qm", "$Root\dist" | Out-Null
Run "Virtual environment" { & $Python -m venv "$Build\venv" }
$VPy = "$Build\venv\Scripts\python.exe"
Run "pip install" { & $VPy -m pip install -q --progress-bar off $Root "pyinstaller>=6.10,<7" }
foreach ($ts in Get-ChildItem "$Root\resources\translations\*.ts") {
    Run "lrelease $($ts.Name)" { & "$Build\venv\Scripts\pyside6-lrelease.exe" -silent $ts.FullName -qm "$Build\qm\$($ts.BaseName).qm" }
}
Run "Licences" { & $VPy "$Root\packaging\collect_licenses.py" "$Build\licenses" | Out-Null }
Push-Location $Build
Run "PyInstaller" { & "$Build\venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN --distpath "$Build\dist" --workpath "$Build\work" "$Root\packaging\kunnskapsapp.spec" }
Pop-Location
Run "Bundle --version" { & "$Build\dist\kunnskapsapp\kunnskapsapp-cli.exe" --version }

$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$Iss = "$Root\packaging\windows\kunnskapsapp.iss"
$Common = @("/Q", "/DAppVersion=$Version", "/DSourceDir=$Build\dist\kunnskapsapp", "/DOutputDir=$Root\dist")
Run "Installer (per machine)" { & $Iscc @Common $Iss }
Run "Installer (per user)" { & $Iscc @Common "/DPerUser" $Iss }
Get-ChildItem "$Root\dist\*.exe" | Format-Table Name, Length
