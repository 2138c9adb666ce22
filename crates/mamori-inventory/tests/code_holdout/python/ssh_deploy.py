import logging

import paramiko

log = logging.getLogger(__name__)


def deploy_key(path: str) -> paramiko.PKey:
    key = paramiko.RSAKey.generate(bits=2048)
    key.write_private_key_file(path)
    log.info("generated deploy key %s", key.get_fingerprint().hex())
    return key


def run(host: str, user: str, key: paramiko.PKey, cmd: str) -> str:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=user, pkey=key)
    _, out, _ = client.exec_command(cmd)
    return out.read().decode()
