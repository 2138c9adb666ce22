import socket
import ssl


def make_context(cafile: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def connect_old_scada(host: str, port: int = 8443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_default_certs()
    sock = socket.create_connection((host, port), timeout=5)
    return ctx.wrap_socket(sock, server_hostname=host)
