"""Write a test-only Synapse config: python synapse_config.py DIR PORT SHARED_SECRET

Loopback only, no federation, no key servers, no rate limits, fast password hashing.
Run with the Synapse venv's Python (PyYAML is a Synapse dependency).
"""

import os
import secrets
import sys

import yaml

folder, port, shared = os.path.abspath(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
os.makedirs(folder, exist_ok=True)
unlimited = {"per_second": 10000, "burst_count": 10000}
config = {
    "server_name": "localhost",
    "pid_file": f"{folder}/homeserver.pid",
    "listeners": [
        {
            "port": port,
            "bind_addresses": ["127.0.0.1"],
            "type": "http",
            "tls": False,
            "x_forwarded": False,
            "resources": [{"names": ["client"], "compress": False}],
        }
    ],
    "database": {"name": "sqlite3", "args": {"database": f"{folder}/homeserver.db"}},
    "log_config": f"{folder}/log.config",
    "media_store_path": f"{folder}/media_store",
    "signing_key_path": f"{folder}/localhost.signing.key",
    "registration_shared_secret": shared,
    "macaroon_secret_key": secrets.token_hex(16),
    "form_secret": secrets.token_hex(16),
    "report_stats": False,
    "enable_metrics": False,
    "trusted_key_servers": [],  # never contact matrix.org
    "suppress_key_server_warning": True,
    "federation_domain_whitelist": [],
    "enable_registration": False,  # users are made with the shared secret
    "bcrypt_rounds": 4,
    "use_presence": False,
    "url_preview_enabled": False,
    "rc_message": unlimited,
    "rc_registration": unlimited,
    "rc_room_creation": unlimited,
    "rc_login": {"address": unlimited, "account": unlimited, "failed_attempts": unlimited},
    "rc_joins": {"local": unlimited, "remote": unlimited},
    "rc_joins_per_room": unlimited,
    "rc_invites": {"per_room": unlimited, "per_user": unlimited, "per_issuer": unlimited},
    "rc_3pid_validation": unlimited,
}
with open(f"{folder}/homeserver.yaml", "w") as out:
    yaml.safe_dump(config, out, sort_keys=False)
with open(f"{folder}/log.config", "w") as out:
    out.write(f"""version: 1
formatters: {{precise: {{format: '%(asctime)s %(levelname)s %(name)s %(message)s'}}}}
handlers:
  file: {{class: logging.FileHandler, formatter: precise, filename: '{folder}/homeserver.log'}}
root: {{level: WARNING, handlers: [file]}}
disable_existing_loggers: false
""")
