"""One line per measured figure: value, floor measured in the same run, ratio, target."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    floor: float | None = None
    max_ratio: float | None = None
    max_value: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None

    @property
    def ok(self) -> bool:
        ratio = self.ratio
        ratio_ok = self.max_ratio is None or (ratio is not None and ratio <= self.max_ratio)
        value_ok = self.max_value is None or self.value <= self.max_value
        return ratio_ok and value_ok

    def line(self) -> str:
        floor = f"floor {self.floor:9.2f} {self.unit}" if self.floor is not None else " " * 19
        ratio = f"ratio {self.ratio:5.2f}" if self.ratio is not None else " " * 11
        targets = []
        if self.max_value is not None:
            targets.append(f"≤ {self.max_value:g} {self.unit}")
        if self.max_ratio is not None:
            targets.append(f"≤ {self.max_ratio:g}× floor")
        verdict = "ok  " if self.ok else "MISS"
        return (f"{verdict} {self.name:<46} {self.value:9.2f} {self.unit:<3} {floor}  {ratio}"
                f"  target {' and '.join(targets) or '—'}")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def median(samples: list[float]) -> float:
    return statistics.median(samples)
