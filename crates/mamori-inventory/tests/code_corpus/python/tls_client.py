import socket
import ssl


def connect_to_plc(host: str, port: int = 4840) -> ssl.SSLSocket:
    # The PLC firmware cannot do anything newer.
    # ssl.PROTOCOL_TLSv1_2 is not offered by the PLC.
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_verify_locations("/etc/plc/ca.pem")
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw, server_hostname=host)
