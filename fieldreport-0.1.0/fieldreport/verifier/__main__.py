"""``python -m fieldreport.verifier``: the same as ``fieldreport-verify``."""

from fieldreport.verifier.cli import run

if __name__ == "__main__":  # pragma: no cover
    run()
