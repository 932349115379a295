"""``python -m fieldreport`` starts the desktop app (or says that Qt is missing)."""

from fieldreport.ui.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
