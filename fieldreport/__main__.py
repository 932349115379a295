"""``python -m fieldreport`` starts the desktop app."""

from fieldreport.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
