"""The Windows installer's files say what the issue and docs/packaging.md promise.

They cannot run here (no Windows, no Inno Setup); these checks keep them from
drifting: the script's steps, the workflow that runs it, the installer's
per-user install, languages, Start-menu entries and the kept vault.
"""

from __future__ import annotations

import re

from tests.packaging.conftest import ROOT

ISS = (ROOT / "installer" / "fieldreport.iss").read_text("utf-8-sig")
KY = (ROOT / "installer" / "Kyrgyz.isl").read_text("utf-8-sig")
TG = (ROOT / "installer" / "Tajik.isl").read_text("utf-8-sig")
PS1 = (ROOT / "installer" / "build-windows.ps1").read_text("utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text("utf-8")
README = (ROOT / "README.md").read_text("utf-8")


def setting(name: str) -> str:
    match = re.search(rf"^{name}=(.*)$", ISS, flags=re.MULTILINE)
    assert match, name
    return match.group(1).strip()


def test_installs_per_user_without_administrator_rights_compressed_with_lzma2():
    assert setting("PrivilegesRequired") == "lowest"
    assert setting("DefaultDirName").startswith("{autopf}")
    assert setting("Compression").startswith("lzma2")
    assert setting("AppVersion") == "{#AppVersion}"
    assert setting("SetupIconFile") == r"..\resources\icons\fieldreport.ico"
    assert (ROOT / "resources" / "icons" / "fieldreport.ico").is_file()


def test_english_russian_kyrgyz_and_tajik_with_every_custom_message_in_each():
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile', ISS, flags=re.MULTILINE)
    assert languages == ["en", "ru", "ky", "tg"]
    english = set(re.findall(r"^en\.(\w+)=", ISS, flags=re.MULTILINE))
    russian = set(re.findall(r"^ru\.(\w+)=", ISS, flags=re.MULTILINE))
    kyrgyz = set(re.findall(r"^(\w+)=", KY.split("[CustomMessages]")[1], flags=re.MULTILINE))
    tajik = set(re.findall(r"^(\w+)=", TG.split("[CustomMessages]")[1], flags=re.MULTILINE))
    assert english and english == russian == kyrgyz == tajik
    assert "LanguageName=Кыргызча" in KY
    assert "LanguageName=Тоҷикӣ" in TG and "LanguageID=$0428" in TG
    assert 'MessagesFile: "compiler:Languages\\Russian.isl,Tajik.isl"' in ISS


def test_start_menu_has_the_app_and_the_coordinator_window():
    icons = ISS.split("[Icons]")[1].split("[")[0]
    assert r'Filename: "{app}\{#AppExe}"' in icons
    assert 'Parameters: "--central"' in icons


def test_the_uninstaller_never_deletes_the_vault_and_says_where_it_is():
    section = ISS.split("[UninstallDelete]")[1].split("[Code]")[0]
    deleted = "\n".join(line for line in section.splitlines() if not line.startswith(";"))
    assert "localappdata" not in deleted.lower() and "vault" not in deleted.lower()
    assert "{localappdata}\\FieldReport" in ISS and "VaultKept" in ISS.split("[Code]")[1]


def test_the_script_runs_every_step_in_order_and_the_workflow_runs_the_script():
    steps = re.findall(r'^Step "(\d)\.', PS1, flags=re.MULTILINE)
    assert steps == [str(n) for n in range(1, 8)]
    for needed in ("constraints.txt", "build_installer.spec", "self-test", "ISCC", "SHA256SUMS"):
        assert needed in PS1
    assert PS1.index("self-test") < PS1.index("installer\\fieldreport.iss")
    assert "installer\\build-windows.ps1" in WORKFLOW and "SHA256SUMS" in WORKFLOW


def test_the_readme_has_the_packagers_commands_and_the_monitors_install():
    assert "make installer" in README and "installer\\build-windows.ps1" in README
    assert "Get-FileHash -Algorithm SHA256" in README and "docs/packaging.md" in README
    assert (ROOT / "docs" / "packaging.md").is_file()


def test_make_installer_is_phony_because_a_folder_has_its_name():
    makefile = (ROOT / "Makefile").read_text("utf-8")
    phony = re.search(r"^\.PHONY:(.*)$", makefile, flags=re.MULTILINE)
    assert phony and "installer" in phony.group(1).split()
    assert (ROOT / "installer").is_dir()
    assert "make installer" in (ROOT / ".ci" / "run").read_text("utf-8")


def _smaller_icu():
    import importlib.util

    path = ROOT / "installer" / "smaller_icu.py"
    spec = importlib.util.spec_from_file_location("smaller_icu", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_qt_icu_data_keeps_the_apps_languages_and_everything_not_tied_to_a_language():
    from fieldreport.settings import LANGUAGES

    removable = _smaller_icu().removable
    kept = [
        "root.res", "ru.res", "ky_KG.res", "tg_Cyrl.res", "en_001.res", "en_US_POSIX.res",
        "coll/root.res", "coll/ru.res", "coll/ky.res", "coll/ucadata.icu", "coll/pool.res",
        "zone/ru.res", "lang/tg.res", "curr/res_index.res", "brkitr/line.brk",
        "brkitr/cjdict.dict", "translit/root.res", "unames.icu", "uprops.icu",
        "zoneinfo64.res", "metaZones.res", "cnvalias.icu", "nfkc.nrm", "uts46.nrm",
    ]  # fmt: skip
    gone = [
        "de.res", "zh_Hant_TW.res", "coll/zh.res", "coll/de_.res", "zone/fr_CA.res",
        "rbnf/ja.res", "translit/Latin_ASCII.res", "gb18030.cnv", "ibm-1251_P100-1995.cnv",
        "kok_Latn.res",
    ]  # fmt: skip
    assert [item for item in kept if removable(item, LANGUAGES)] == []
    assert [item for item in gone if not removable(item, LANGUAGES)] == []
