"""The join screen's QR code keeps square, even modules at every display scaling.

Each scaling runs in a process of its own (Qt fixes it when the QApplication is
made); the code is grabbed from the screen's backing store, as it is shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

GRAB = """
import json
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sim_facilitator.ui.room.qr_code import QrCode
qr = QrCode()
qr.set_text("http://192.168.43.10:8080/?room=K7M2QX")
qr.resize(SIDE, SIDE)
qr.show()
app.processEvents()
image = qr.grab().toImage()
target, scaled = qr.module_layout(qr.devicePixelRatioF())
y = target.top() + target.height() // 2
runs, last = [], None
for x in range(image.width()):
    dark = QColor(image.pixel(x, y)).lightness() < 128
    if dark == last:
        runs[-1] += 1
    else:
        runs.append(1)
        last = dark
print(json.dumps({"ratio": image.devicePixelRatio(), "module": scaled.width() // qr.modules(),
                  "runs": runs[1:-1]}))
"""


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0])
@pytest.mark.parametrize("side", [280, 301])  # 7 and 8 logical pixels a module
def test_every_module_is_a_whole_number_of_device_pixels(ratio: float, side: int) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=f"{ratio:g}")
    done = subprocess.run(
        [sys.executable, "-c", GRAB.replace("SIDE", str(side))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["ratio"] == ratio
    module, runs = found["module"], found["runs"]
    # Through the middle of the code, between its first and last dark pixels, every run
    # of dark or light pixels is a whole number of modules: none came out a pixel wider
    # or narrower than the others.
    assert module >= 2
    assert len(runs) > 10
    assert all(run % module == 0 for run in runs), (ratio, module, runs)
