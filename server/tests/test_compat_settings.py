"""The original Supvisors' settings: its [supvisors] section, its names, its log settings, and the
event stream's bind addresses (unit tier: no supervisord)."""

from __future__ import annotations

import pytest

from supvisors.options import ConfigError, parse_options
from supvisors.plugin import merged_settings, original_section, plugin_logger

BASE = {"address_list": "127.0.0.1 127.0.0.2", "address": "127.0.0.1", "shared_secret": "s"}


def test_original_names_are_aliases():
    opts = parse_options({**BASE, "rules_file": "/etc/hosts", "starting_strategy": "less_loaded"}, [])
    assert str(opts.deployment_file) == "/etc/hosts" and opts.deployment_strategy.name == "LESS_LOADED"
    with pytest.raises(ConfigError, match="rules_file .the original name of deployment_file. and deployment_file "
                                          "differ"):
        parse_options({**BASE, "rules_file": "/etc/hosts", "deployment_file": "/etc/passwd"}, [])


def test_statistics_settings_are_accepted_and_listed_for_the_warning():
    opts = parse_options({**BASE, "stats_periods": "5,60,600", "stats_histo": "100", "stats_irix_mode": "true"}, [])
    assert opts.not_provided == ["stats_periods", "stats_histo", "stats_irix_mode"]
    with pytest.raises(ConfigError, match=r"unknown setting\(s\) \['stats_colour'\]"):
        parse_options({**BASE, "stats_colour": "red"}, [])


def test_log_settings(tmp_path):
    opts = parse_options(BASE, [])
    assert opts.logfile is None and plugin_logger("supervisord's", opts) == "supervisord's"
    log = tmp_path / "supvisors.log"
    opts = parse_options({**BASE, "logfile": str(log), "logfile_maxbytes": "1KB", "logfile_backups": "2",
                          "loglevel": "warn"}, [])
    assert (opts.logfile, opts.logfile_maxbytes, opts.logfile_backups) == (log, 1024, 2)
    logger = plugin_logger(None, opts)
    logger.info("not written: below warn")
    for i in range(100):
        logger.warn(f"line {i} " + "x" * 40)
    logger.close()
    assert "line 99" in log.read_text() and "not written" not in log.read_text()
    assert (tmp_path / "supvisors.log.1").exists() and not (tmp_path / "supvisors.log.3").exists()
    for key, value, message in [("loglevel", "loud", "loglevel='loud' is not one of critical"),
                                ("logfile_maxbytes", "big", "logfile_maxbytes='big' is not a size"),
                                ("logfile_backups", "-1", "logfile_backups=-1 is negative"),
                                ("logfile", "/no/such/dir/x.log", "directory /no/such/dir does not exist")]:
        with pytest.raises(ConfigError, match=message):
            parse_options({**BASE, key: value}, [])


def test_event_addresses():
    # several nodes on this host (127.0.0.x can all be bound here): each keeps its own address
    assert parse_options({**BASE, "address": "127.0.0.2"}, []).event_binds == ["127.0.0.2"]
    # alone on its host (the other node is not an address of this host): 127.0.0.1 too
    alone = {**BASE, "address_list": "127.0.0.2 192.0.2.1", "address": "127.0.0.2"}
    assert parse_options(alone, []).event_binds == ["127.0.0.2", "127.0.0.1"]
    assert parse_options({**alone, "address": "127.0.0.2", "address_list": "127.0.0.2"}, []).event_binds == \
        ["127.0.0.2", "127.0.0.1"]
    assert parse_options({**BASE, "event_addresses": "127.0.0.1, 127.0.0.5"}, []).event_binds == \
        ["127.0.0.1", "127.0.0.5"]
    with pytest.raises(ConfigError, match="event_addresses: 192.0.2.1 is not an address of this host"):
        parse_options({**BASE, "event_addresses": "192.0.2.1"}, [])


def test_the_original_section_is_read_and_must_agree(tmp_path):
    conf = tmp_path / "supervisord.conf"
    conf.write_text("[supervisord]\n[supvisors]\naddress_list=127.0.0.1,127.0.0.2\n"
                    "logfile=%(here)s/supvisors.log\nstats_histo=100\n")
    section = original_section(str(conf))
    assert section == {"address_list": "127.0.0.1,127.0.0.2", "logfile": f"{tmp_path}/supvisors.log",
                       "stats_histo": "100"}
    merged = merged_settings({"shared_secret": "s", "address_list": "127.0.0.1,127.0.0.2"}, section)
    assert merged["shared_secret"] == "s" and merged["stats_histo"] == "100"
    with pytest.raises(ConfigError, match=r"address_list is set differently in \[supvisors\]"):
        merged_settings({"address_list": "127.0.0.1"}, section)
    conf.write_text("[supervisord]\n")
    assert original_section(str(conf)) == {} and original_section(None) == {}
