"""What the `scan` extra (paper business cards, offline text recognition) adds to the
frozen app. Shared by packaging/netzwerk.spec (what to bundle or leave out) and
tools/build_package.py (what to measure).
"""

from __future__ import annotations

# Set to 1 by `tools/build_package.py --without-scan`: the spec then leaves the
# packages below out and the app is built as without the extra.
WITHOUT_SCAN_VARIABLE = "NETZWERK_BUILD_WITHOUT_SCAN"

# Import names of the extra and of what only it pulls in (opencv-python-headless is
# cv2; omegaconf, antlr4 and colorlog are rapidocr's configuration and logging;
# pi_heif reads iPhone photos).
SCAN_MODULES = (
    "rapidocr",
    "onnxruntime",
    "cv2",
    "numpy",
    "shapely",
    "pyclipper",
    "omegaconf",
    "antlr4",
    "colorlog",
    "pi_heif",
)

# Entries of the one-folder app's _internal/ that belong to the extra: the packages
# and the native libraries their wheels bring along in a sibling folder.
SCAN_FOLDERS = (
    *SCAN_MODULES,
    "numpy.libs",
    "shapely.libs",
    "pyclipper.libs",
    "opencv_python_headless.libs",
    "onnxruntime.libs",
    "pi_heif.libs",
)

# rapidocr's files read at run time: the PP-OCRv6 detection and recognition models
# and the angle classifier (the recognition model carries its character list), the
# defaults and the model table. Found by running a frozen scan.
RAPIDOCR_DATA = ("models/*.onnx", "config.yaml", "default_models.yaml")

# Never used by the app: rapidocr's other inference engines (it runs on onnxruntime
# only), onnxruntime's training, conversion and quantisation tools.
SCAN_UNUSED = (
    "rapidocr.inference_engine.mnn",
    "rapidocr.inference_engine.openvino",
    "rapidocr.inference_engine.paddle",
    "rapidocr.inference_engine.pytorch",
    "rapidocr.inference_engine.tensorrt",
    "onnxruntime.backend",
    "onnxruntime.datasets",
    "onnxruntime.quantization",
    "onnxruntime.tools",
    "onnxruntime.training",
    "onnxruntime.transformers",
    "torch",
    "paddle",
    "openvino",
    "MNN",
    "tensorrt",
)


def keeps_symbols(dest_name: str) -> bool:
    """Whether the spec leaves a collected library unstripped.

    `strip` rewrites a library's program headers; in the libraries that auditwheel
    repaired with patchelf (the wheels' *.libs folders: numpy's OpenBLAS, OpenCV's,
    Shapely's GEOS, Pillow's codecs) that leaves them unloadable ("ELF load command
    address/offset not page-aligned"), and stripping the scan packages' own
    extensions saves under 0.1 MB. So these stay as their wheels shipped them;
    libpython and Qt are still stripped.
    """
    top = dest_name.replace("\\", "/").split("/", 1)[0]
    return top.endswith(".libs") or top in SCAN_MODULES
