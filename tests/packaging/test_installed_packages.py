"""What `pip install .` (README's run command, not editable) puts into the venv.

The test command installs the project editable, which finds every module in the
source tree; a plain install takes only the packages pyproject.toml lists. Two
sub-packages (the CLI, the import service) were missing there, and the installed
`netzwerk` stopped at "No module named netzwerk_app.cli".
"""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_every_package_of_the_source_tree_is_installed() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(project["tool"]["setuptools"]["packages"])
    in_tree = {
        ".".join(init.parent.relative_to(REPO_ROOT).parts)
        for init in (REPO_ROOT / "netzwerk_app").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert in_tree - listed == set(), "add these to [tool.setuptools] packages"
    # the rest are installed from elsewhere: resources/ as netzwerk_app.resources
    assert listed - in_tree == {"netzwerk_app.resources"}
