"""Generator plugins, one per target. Each module has NAME, OUTPUT_DIRS and generate(spec).

- NAME: the --target name;
- OUTPUT_DIRS: directories (relative to the repository root) that the plugin owns entirely;
- generate(spec) -> {relative path: file text}.
"""

from . import api_docs, cpp_client, java_client, python_client, server_tables

PLUGINS = {plugin.NAME: plugin for plugin in (api_docs, cpp_client, java_client, python_client, server_tables)}
