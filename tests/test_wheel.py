"""The wheel carries the ontology, shapes and named queries: kg works when installed from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT, SAMPLE_DIR


def test_wheel_install_finds_its_resources(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next(dist.glob("kg-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "kg/_resources/queries/speakers.rq",
        "kg/_resources/shapes/kg-shapes.ttl",
        "kg/_resources/ontology/kg.ttl",
    ):
        assert expected in names
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run(
        [sys.executable, "-c", "import kg.resources as r; print(r.resource_dir('queries'))"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(target)
    store = tmp_path / "store"
    for args in (
        ["build", str(SAMPLE_DIR), "--store", str(store)],
        ["query", "speakers", "--store", str(store), "--format", "csv"],
        ["validate", "--store", str(store)],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "kg", *args], env=env, cwd=tmp_path, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
