from fieldreport.verifier.cli import run

run()
