"""`python -m leaklint` runs the same command line as the `leaklint` script."""

from .cli import main

if __name__ == "__main__":
    main()
