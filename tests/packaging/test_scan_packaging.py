"""The scan extra in the install command and in the packaged app (issue 15).

Building the frozen app and reading a card with it is tools/build_package.py --smoke
(too slow for the unit suite); these tests check the pieces it rests on.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.test_packaging_files import REPO_ROOT, load_tool

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import scan_parts

sys.path.remove(str(REPO_ROOT / "packaging"))


def test_readme_install_command_installs_the_scan_extra() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    (install,) = [line for line in readme.splitlines() if line.strip().endswith("bin/netzwerk")]
    assert "pip install -c requirements.lock '.[scan]'" in install
    assert install.count("&&") == 2  # still one command: venv, install, start


def test_ci_builds_the_package_with_the_scan_extra() -> None:
    script = (REPO_ROOT / ".ci" / "package").read_text(encoding="utf-8")
    assert "-e '.[package,scan]'" in script
    assert "tools/build_package.py --smoke" in script


def test_the_spec_bundles_rapidocrs_models_and_configuration() -> None:
    """The spec's patterns (PyInstaller's collect_data_files globs them in the installed
    package; PyInstaller itself is only in the package extra) find the models."""
    import importlib.util

    spec = importlib.util.find_spec("rapidocr")
    assert spec is not None and spec.origin is not None
    package = Path(spec.origin).parent
    bundled = {
        f"rapidocr/{found.relative_to(package).as_posix()}"
        for pattern in scan_parts.RAPIDOCR_DATA
        for found in package.glob(pattern)
    }
    models = {name for name in bundled if name.endswith(".onnx")}
    # detection, recognition and the angle classifier, the defaults and the model table
    assert len(models) == 3, bundled
    assert any("_det_" in model for model in models) and any("_rec_" in model for model in models)
    assert {"rapidocr/config.yaml", "rapidocr/default_models.yaml"} <= bundled


def test_the_spec_keeps_rapidocrs_onnxruntime_engine_and_drops_the_others() -> None:
    spec = (REPO_ROOT / "packaging" / "netzwerk.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("rapidocr", includes=list(RAPIDOCR_DATA))' in spec
    assert "*SCAN_UNUSED," in spec and "SCAN_MODULES)" in spec
    assert "rapidocr.inference_engine.onnxruntime" not in scan_parts.SCAN_UNUSED
    assert not any(
        "rapidocr.inference_engine.onnxruntime".startswith(unused)
        for unused in scan_parts.SCAN_UNUSED
    )
    for engine in ("openvino", "paddle", "pytorch", "tensorrt", "mnn"):
        assert f"rapidocr.inference_engine.{engine}" in scan_parts.SCAN_UNUSED


@pytest.mark.parametrize(
    ("dest_name", "kept"),
    [
        ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", True),  # unloadable when stripped
        ("opencv_python_headless.libs/libavcodec-c4204469.so.62.28.101", True),
        ("pillow.libs/libjpeg-8a13c6e0.so.62.4.0", True),
        ("cv2/cv2.abi3.so", True),
        ("onnxruntime\\capi\\onnxruntime_pybind11_state.pyd", True),
        ("libpython3.11.so.1.0", False),  # most of its 23 MB are debug symbols
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
    ],
)
def test_wheel_repaired_libraries_are_not_stripped(dest_name: str, kept: bool) -> None:
    assert scan_parts.keeps_symbols(dest_name) is kept


def test_the_linux_package_may_weigh_600_mb() -> None:
    assert load_tool("build_package").MAX_LINUX_MB == 600


def test_the_scan_part_is_measured_from_its_folders(tmp_path: Path) -> None:
    internal = tmp_path / "netzwerk" / "_internal"
    for name, size in (
        ("onnxruntime/capi/lib.so", 3_000_000),
        ("opencv_python_headless.libs/libavcodec.so", 2_000_000),
        ("numpy/core.so", 1_000_000),
        ("PySide6/libQt6Core.so", 5_000_000),
        ("libpython3.11.so", 4_000_000),
    ):
        (internal / name).parent.mkdir(parents=True, exist_ok=True)
        (internal / name).write_bytes(b"\0" * size)
    tool = load_tool("build_package")
    assert tool.scan_part_mb(tmp_path / "netzwerk") == pytest.approx(6.0, abs=0.1)
    assert tool.folder_mb(tmp_path / "netzwerk") == pytest.approx(15.0, abs=0.1)


def test_the_smoke_test_checks_that_the_card_was_read() -> None:
    tool = load_tool("build_package")
    read = json.dumps(
        [{"family_name": "Lüdenscheidt", "emails": ["Anna@Example.de"], "phones": []}]
    )
    assert tool.check_card_read(read, "Lüdenscheidt", ["anna@example.de"]) == (
        "Lüdenscheidt, anna@example.de"
    )
    assert tool.check_card_read(read, "Schmidt", ["anna@example.de"]) == "anna@example.de"
    with pytest.raises(tool.BuildError, match=r"read neither .Schmidt. nor a@b\.de"):
        tool.check_card_read(read, "Schmidt", ["a@b.de"])
    with pytest.raises(tool.BuildError, match="printed no JSON"):
        tool.check_card_read("Traceback (most recent call last):", "Schmidt", ["a@b.de"])


def test_the_smoke_test_reads_a_card_of_the_test_set() -> None:
    photo, family_name, emails = load_tool("build_package").card_photo_to_read()
    assert photo.is_file() and photo.parent == REPO_ROOT / "tests" / "data" / "cards"
    truth = json.loads((photo.parent / "truth.json").read_text(encoding="utf-8"))
    (card,) = truth[photo.name]
    assert card["family_name"] == family_name and card["emails"] == emails
    assert re.fullmatch(r"[^@\s]+@[^@\s]+", emails[0])


def test_scan_without_the_extra_says_so_in_one_sentence(tmp_path: Path) -> None:
    # What an app installed or built without the scan extra (--without-scan) does:
    # stand-ins that fail to import shadow the extra's packages, also in the child.
    missing = tmp_path / "missing"
    for name in ("rapidocr", "onnxruntime", "cv2", "numpy"):
        (missing / name).mkdir(parents=True)
        (missing / name / "__init__.py").write_text(f"raise ImportError('no {name}')\n")
    photo = tmp_path / "card.jpg"
    from PIL import Image

    Image.new("RGB", (1050, 600), "white").save(photo)
    result = subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--temp-basedir", "scan", str(photo)],
        env={**os.environ, "PYTHONPATH": str(missing), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "netzwerk: card.jpg: Reading business cards needs the text recogniser, which is "
        "not installed (install Netzwerk with its scan extra)."
    )
