"""The frozen window executable's script (FieldReport, FieldReport.exe)."""

from fieldreport.ui.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
