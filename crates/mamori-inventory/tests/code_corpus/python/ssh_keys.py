import paramiko


def provision_switch_key(path: str) -> None:
    key = paramiko.RSAKey.generate(1024)
    key.write_private_key_file(path)


def provision_bastion_key(path: str) -> None:
    key = paramiko.RSAKey.generate(bits=4096)
    key.write_private_key_file(path)
