"""The outcome of one check: a figure for the log, and the problems found."""

from dataclasses import dataclass, field


class ToolFailure(Exception):
    """A tool that could not run. The check fails: it never passes silently."""


@dataclass
class CheckResult:
    name: str
    summary: str = ""
    problems: list[str] = field(default_factory=list)
    # What the log should show even when the check passes: what a tool left
    # undecided, for a person to look at.
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems

    def line(self) -> str:
        status = "PASS" if self.passed else "FAIL"
        return f"{status} {self.name}: {self.summary}"
