"""Network partitions between loopback nodes, with iptables (root): packets from one group's addresses to
the other group's internal port are dropped, both ways. Every rule carries a comment naming this test
run, and heal() removes exactly those rules.

Nodes connect from their own loopback address (supvisors.sync), so the rules can tell them apart. The
HTTP ports stay open: a test still queries each side.
"""

from __future__ import annotations

import os
import shutil
import subprocess


def available() -> str:
    """'' if partitions can be made here, else the reason why not."""
    if shutil.which("iptables") is None:
        return "iptables is not installed"
    if os.geteuid() != 0:
        return "iptables needs root"
    probe = subprocess.run(["iptables", "-L", "INPUT", "-n"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"iptables does not work here: {probe.stderr.strip()}"
    return ""


class Partition:
    def __init__(self, port: int, tag: str):
        self.port = port
        self.tag = f"supvisors-test-{tag}"
        self.rules: list[list[str]] = []

    def split(self, side_a: list[str], side_b: list[str]) -> None:
        for src_side, dst_side in ((side_a, side_b), (side_b, side_a)):
            for src in src_side:
                for dst in dst_side:
                    rule = ["INPUT", "-i", "lo", "-s", src, "-d", dst, "-p", "tcp", "--dport", str(self.port),
                            "-m", "comment", "--comment", self.tag, "-j", "DROP"]
                    subprocess.run(["iptables", "-A", *rule], check=True)
                    self.rules.append(rule)

    def heal(self) -> None:
        while self.rules:
            subprocess.run(["iptables", "-D", *self.rules.pop()], check=False)
