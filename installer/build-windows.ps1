<#
.SYNOPSIS
  Build FieldReport's Windows installer from a clean Windows machine.

.DESCRIPTION
  Needs Python 3.12 (python.org, 64-bit; 3.11 works too: sqlcipher3, pyrage
  and pillow-heif have Windows wheels for both) and Inno Setup 6. Run from the
  repository's root:

      powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1

  Steps (the same, in the same order, as .github/workflows/windows-installer.yml):
   1. a fresh virtual environment from constraints.txt (.[installer])
   2. the frozen app: pyinstaller build_installer.spec -> dist\FieldReport
   3. Authenticode-sign both executables (only with -CertificateFile)
   4. the frozen self-test: dist\FieldReport\fieldreport-cli.exe self-test
   5. the installer: ISCC installer\fieldreport.iss -> dist\FieldReport-VERSION-setup.exe
   6. Authenticode-sign the installer (only with -CertificateFile)
   7. dist\SHA256SUMS, and its minisign signature (only with -MinisignKey)
  Any failing step stops the build. See docs/packaging.md.
#>
param(
    [string]$Python = "py -3.12",
    [string]$CertificateFile = "",        # a .pfx for signtool (Authenticode)
    [string]$CertificatePassword = "",
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [string]$MinisignKey = ""             # the organisation's minisign secret key file
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Step([string]$Text) { Write-Host "`n== $Text" -ForegroundColor Cyan }
function Run([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit $LASTEXITCODE" }
}
function Sign([string]$File) {
    if (-not $CertificateFile) { return }
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $signtool) { throw "signtool.exe not found (install the Windows SDK)" }
    Run $signtool.FullName @("sign", "/f", $CertificateFile, "/p", $CertificatePassword,
        "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256", $File)
}

# Reproducible builds: every timestamp from the last commit, pinned versions.
$env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct).Trim()
$env:PYTHONHASHSEED = "0"

Step "1. Virtual environment from constraints.txt"
if (Test-Path .venv-build) { Remove-Item -Recurse -Force .venv-build }
$pythonExe, $pythonArgs = $Python.Split(" ")
Run $pythonExe (@($pythonArgs | Where-Object { $_ }) + @("-m", "venv", ".venv-build"))
$py = ".venv-build\Scripts\python.exe"
Run $py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
# Wheels only for the compiled parts: a missing Windows wheel for this Python
# fails here, by name, instead of attempting a compiler build.
Run $py @("-m", "pip", "install", "--quiet", "-c", "constraints.txt",
    "--only-binary", "sqlcipher3,pyrage,pillow-heif,cryptography,PySide6-Essentials,rapidfuzz",
    ".[installer]")
$version = (& $py -c "import fieldreport; print(fieldreport.__version__)").Trim()

Step "2. Frozen app (build_installer.spec)"
if (Test-Path dist\FieldReport) { Remove-Item -Recurse -Force dist\FieldReport }
Run $py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--workpath", "build\installer", "--distpath", "dist", "build_installer.spec")

Step "3. Sign the executables"
Sign "dist\FieldReport\FieldReport.exe"
Sign "dist\FieldReport\fieldreport-cli.exe"

Step "4. Frozen self-test"
Run "dist\FieldReport\fieldreport-cli.exe" @("self-test")

Step "5. Installer (Inno Setup 6)"
$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { throw "ISCC.exe not found: install Inno Setup 6 (https://jrsoftware.org/isdl.php)" }
Run $iscc @("/Qp", "/DAppVersion=$version", "installer\fieldreport.iss")
$setup = "dist\FieldReport-$version-setup.exe"

Step "6. Sign the installer"
Sign $setup

Step "7. SHA256SUMS"
$hash = (Get-FileHash -Algorithm SHA256 $setup).Hash.ToLower()
$sums = "dist\SHA256SUMS"
# sha256sum's format, LF line ends, so `sha256sum -c` and PowerShell both check it.
[IO.File]::WriteAllText($sums, "$hash  $(Split-Path -Leaf $setup)`n")
if ($MinisignKey) {
    Run "minisign" @("-S", "-s", $MinisignKey, "-m", $sums, "-t", "FieldReport $version")
}
Write-Host "`nBuilt $setup (FieldReport $version)"
Get-Content $sums
