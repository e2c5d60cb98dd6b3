#!/usr/bin/env python3
"""Small scripted FTP, POP3 and IMAP4 servers and the clients that drive them, for the clear-text credential
captures (regenerate-mail-ftp.sh). Loopback only; every server serves a bounded number of sessions and exits.

  mail_ftp.py serve ftp|pop|imap PORT SESSIONS     a server ("listening on PORT" on stderr once ready)
  mail_ftp.py client ftp|pop|imap PORT             the client script (python's ftplib, poplib, imaplib)
"""
import base64
import ftplib
import imaplib
import io
import poplib
import socket
import sys
import time

HOST = "127.0.0.1"
USERS = {"student": "lab-pass", "teacher": "s3cret"}
FILES = {"notes.txt": b"Lab notes\r\nline two of the notes\r\nthe end\r\n",
         "image.bin": bytes(range(256)) * 4}
MESSAGES = [
    b"From: teacher@lab.test\r\nTo: student@lab.test\r\nSubject: Lab 3\r\n\r\nRead chapter 4.\r\n.hidden dot line\r\nBye\r\n",
    b"From: admin@lab.test\r\nTo: student@lab.test\r\nSubject: Grades\r\n\r\n" + b"All grades are in.\r\n" * 40,
]


def listen(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((HOST, port))
    s.listen(4)
    print(f"listening on {port}", file=sys.stderr, flush=True)
    return s


class Lines:
    """CRLF lines from a socket."""

    def __init__(self, conn):
        self.conn = conn
        self.buf = b""

    def line(self):
        while b"\r\n" not in self.buf:
            chunk = self.conn.recv(4096)
            if not chunk:
                return None
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line.decode("utf-8", "replace")

    def send(self, text):
        self.conn.sendall(text.encode() if isinstance(text, str) else text)


# --- FTP ------------------------------------------------------------------------------------------
def ftp_session(conn):
    io_ = Lines(conn)
    io_.send("220-Sniffer lab FTP server\r\n220 Ready.\r\n")
    user, logged, cwd, data_listener, active = None, False, "/", None, None

    def open_data():
        if data_listener is not None:
            c, _ = data_listener.accept()
            data_listener.close()
            return c
        # From port 20, as RFC 959 servers connect back (tshark's port table names it FTP-DATA).
        c = socket.socket()
        c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        c.bind((HOST, 20))
        c.connect(active)
        return c

    while True:
        line = io_.line()
        if line is None:
            return
        cmd, _, arg = line.partition(" ")
        cmd = cmd.upper()
        if cmd == "USER":
            user = arg
            io_.send("331 Please specify the password.\r\n")
        elif cmd == "PASS":
            if USERS.get(user) == arg:
                logged = True
                io_.send("230 Login successful.\r\n")
            else:
                io_.send("530 Login incorrect.\r\n")
        elif not logged and cmd != "QUIT":
            io_.send("530 Please login with USER and PASS.\r\n")
        elif cmd == "SYST":
            io_.send("215 UNIX Type: L8\r\n")
        elif cmd == "PWD":
            io_.send(f'257 "{cwd}" is the current directory\r\n')
        elif cmd == "CWD":
            cwd = arg if arg.startswith("/") else cwd.rstrip("/") + "/" + arg
            io_.send("250 Directory successfully changed.\r\n")
        elif cmd == "CDUP":
            cwd = cwd.rsplit("/", 1)[0] or "/"
            io_.send("250 Directory successfully changed.\r\n")
        elif cmd == "TYPE":
            io_.send(f"200 Switching to {'Binary' if arg == 'I' else 'ASCII'} mode.\r\n")
        elif cmd == "PASV":
            data_listener = socket.socket()
            data_listener.bind((HOST, 0))
            data_listener.listen(1)
            p = data_listener.getsockname()[1]
            io_.send(f"227 Entering Passive Mode (127,0,0,1,{p >> 8},{p & 255}).\r\n")
        elif cmd == "EPSV":
            data_listener = socket.socket()
            data_listener.bind((HOST, 0))
            data_listener.listen(1)
            io_.send(f"229 Entering Extended Passive Mode (|||{data_listener.getsockname()[1]}|)\r\n")
        elif cmd == "PORT":
            n = [int(x) for x in arg.split(",")]
            data_listener, active = None, (".".join(map(str, n[:4])), n[4] * 256 + n[5])
            io_.send("200 PORT command successful. Consider using PASV.\r\n")
        elif cmd == "EPRT":
            parts = arg.split(arg[0])
            data_listener, active = None, (parts[2], int(parts[3]))
            io_.send("200 EPRT command successful. Consider using EPSV.\r\n")
        elif cmd in ("LIST", "NLST"):
            io_.send("150 Here comes the directory listing.\r\n")
            d = open_data()
            for name, body in FILES.items():
                d.sendall(f"-rw-r--r--    1 1000     1000     {len(body):>8} Dec 01 10:00 {name}\r\n".encode())
            d.close()
            io_.send("226 Directory send OK.\r\n")
        elif cmd == "RETR":
            if arg not in FILES:
                io_.send("550 Failed to open file.\r\n")
                continue
            io_.send(f"150 Opening BINARY mode data connection for {arg} ({len(FILES[arg])} bytes).\r\n")
            d = open_data()
            d.sendall(FILES[arg])
            d.close()
            io_.send("226 Transfer complete.\r\n")
        elif cmd == "STOR":
            io_.send("150 Ok to send data.\r\n")
            d = open_data()
            while d.recv(4096):
                pass
            d.close()
            io_.send("226 Transfer complete.\r\n")
        elif cmd == "SIZE":
            io_.send(f"213 {len(FILES.get(arg, b''))}\r\n")
        elif cmd == "NOOP":
            io_.send("200 NOOP ok.\r\n")
        elif cmd == "HELP":
            io_.send("214-The following commands are recognized.\r\n ABOR CWD LIST PASS PASV PORT PWD QUIT RETR STOR\r\n"
                     " SYST TYPE USER\r\n214 Help OK.\r\n")
        elif cmd == "QUIT":
            io_.send("221 Goodbye.\r\n")
            return
        else:
            io_.send("500 Unknown command.\r\n")


def ftp_client(port):
    # A wrong password first, then a session with passive and active transfers.
    f = ftplib.FTP()
    f.connect(HOST, port)
    try:
        f.login("student", "wrong-pass")
    except ftplib.error_perm:
        pass
    f.close()

    f = ftplib.FTP()
    f.connect(HOST, port)
    f.login("student", "lab-pass")
    f.sendcmd("SYST")
    f.pwd()
    f.cwd("pub")
    f.set_pasv(True)
    f.retrlines("LIST", lambda line: None)
    f.retrbinary("RETR notes.txt", lambda b: None)
    f.set_pasv(False)
    f.retrbinary("RETR image.bin", lambda b: None)
    f.storbinary("STOR upload.txt", io.BytesIO(b"uploaded by the student\r\n"))
    f.cwd("..")
    f.sendcmd("CDUP")
    f.pwd()
    f.sendcmd("HELP")
    # Extended passive and extended active (RFC 2428).
    f.sendcmd("TYPE A")
    host, p = ftplib.parse229(f.sendcmd("EPSV"), f.sock.getpeername())
    d = socket.create_connection((HOST, p))
    f.putcmd("RETR notes.txt")
    f.getresp()
    while d.recv(4096):
        pass
    d.close()
    f.voidresp()
    s = socket.socket()
    s.bind((HOST, 0))
    s.listen(1)
    f.sendcmd(f"EPRT |1|{HOST}|{s.getsockname()[1]}|")
    f.putcmd("LIST")
    f.getresp()
    c, _ = s.accept()
    while c.recv(4096):
        pass
    c.close()
    s.close()
    f.voidresp()
    # Two commands in one segment (pipelined), then quit.
    f.sock.sendall(b"NOOP\r\nPWD\r\n")
    f.getline()
    f.getline()
    f.quit()


# --- POP3 -----------------------------------------------------------------------------------------
def pop_session(conn):
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # RETR's chunks as segments of their own
    io_ = Lines(conn)
    io_.send("+OK Sniffer lab POP3 server ready <1896.697170952@lab.test>\r\n")
    user, logged = None, False
    while True:
        line = io_.line()
        if line is None:
            return
        cmd, _, arg = line.partition(" ")
        cmd = cmd.upper()
        if cmd == "CAPA":
            io_.send("+OK Capability list follows\r\nUSER\r\nUIDL\r\nTOP\r\nSASL PLAIN\r\n.\r\n")
        elif cmd == "USER":
            user = arg
            io_.send("+OK\r\n")
        elif cmd == "PASS":
            if USERS.get(user) == arg:
                logged = True
                io_.send(f"+OK {user} has {len(MESSAGES)} messages\r\n")
            else:
                io_.send("-ERR [AUTH] Authentication failed.\r\n")
        elif cmd == "APOP":
            io_.send("+OK maildrop locked and ready\r\n")
            logged = True
        elif cmd == "AUTH":
            io_.send("+ \r\n")
            io_.line()
            logged = True
            io_.send("+OK Logged in.\r\n")
        elif not logged and cmd != "QUIT":
            io_.send("-ERR Unknown AUTHORIZATION state command\r\n")
        elif cmd == "STAT":
            io_.send(f"+OK {len(MESSAGES)} {sum(map(len, MESSAGES))}\r\n")
        elif cmd == "LIST":
            body = "".join(f"{i + 1} {len(m)}\r\n" for i, m in enumerate(MESSAGES))
            io_.send(f"+OK {len(MESSAGES)} messages:\r\n{body}.\r\n")
        elif cmd == "UIDL":
            body = "".join(f"{i + 1} uid{i + 1:04d}\r\n" for i in range(len(MESSAGES)))
            io_.send(f"+OK\r\n{body}.\r\n")
        elif cmd in ("RETR", "TOP"):
            n = int(arg.split()[0]) - 1
            if not 0 <= n < len(MESSAGES):
                io_.send("-ERR There's no message\r\n")
                continue
            body = MESSAGES[n].replace(b"\r\n.", b"\r\n..")
            io_.send(b"+OK " + str(len(MESSAGES[n])).encode() + b" octets\r\n")
            for i in range(0, len(body), 300):  # the message in several segments
                io_.send(body[i:i + 300])
                time.sleep(0.01)
            io_.send(b".\r\n")
        elif cmd == "DELE":
            io_.send(f"+OK Marked to be deleted.\r\n")
        elif cmd == "NOOP":
            io_.send("+OK\r\n")
        elif cmd == "QUIT":
            io_.send("+OK Logging out.\r\n")
            return
        else:
            io_.send("-ERR Unknown command\r\n")


def pop_client(port):
    p = poplib.POP3(HOST, port)
    p.user("teacher")
    try:
        p.pass_("wrong")
    except poplib.error_proto:
        pass
    p.quit()

    p = poplib.POP3(HOST, port)
    p.capa()
    p.user("student")
    p.pass_("lab-pass")
    p.stat()
    p.list()
    p.uidl()
    p.retr(1)
    p.retr(2)
    p.top(1, 0)
    try:
        p.retr(9)
    except poplib.error_proto:
        pass
    p.sock.sendall(b"NOOP\r\nSTAT\r\n")  # pipelined
    p._getresp()
    p._getresp()
    p.dele(2)
    p.quit()

    p = poplib.POP3(HOST, port)
    p.apop("teacher", "s3cret")
    p.quit()


# --- IMAP4 ----------------------------------------------------------------------------------------
def imap_session(conn):
    io_ = Lines(conn)
    io_.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Sniffer lab IMAP server ready\r\n")
    while True:
        line = io_.line()
        if line is None:
            return
        tag, _, rest = line.partition(" ")
        cmd, _, arg = rest.partition(" ")
        cmd = cmd.upper()
        if cmd == "CAPABILITY":
            io_.send(f"* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE\r\n{tag} OK Capability completed.\r\n")
        elif cmd == "LOGIN":
            parts = arg.split(" ")
            user, pw = parts[0].strip('"'), parts[1].strip('"')
            if USERS.get(user) == pw:
                io_.send(f"{tag} OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n")
            else:
                io_.send(f"{tag} NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
        elif cmd == "AUTHENTICATE":
            io_.send("+ \r\n")
            io_.line()
            io_.send(f"{tag} OK Logged in\r\n")
        elif cmd == "SELECT" or cmd == "EXAMINE":
            io_.send(f"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* {len(MESSAGES)} EXISTS\r\n"
                     f"* 0 RECENT\r\n* OK [UIDVALIDITY 1700000000] UIDs valid\r\n{tag} OK [READ-WRITE] Select completed.\r\n")
        elif cmd == "LIST":
            io_.send(f'* LIST (\\HasNoChildren) "/" INBOX\r\n* LIST (\\HasNoChildren) "/" Labs\r\n{tag} OK List completed.\r\n')
        elif cmd == "FETCH" or (cmd == "UID" and arg.upper().startswith("FETCH")):
            m = MESSAGES[0]
            io_.send(f"* 1 FETCH (UID 1 RFC822 {{{len(m)}}}\r\n".encode() + m + f")\r\n{tag} OK Fetch completed.\r\n".encode())
        elif cmd == "NOOP":
            io_.send(f"{tag} OK NOOP completed.\r\n")
        elif cmd == "LOGOUT":
            io_.send(f"* BYE Logging out\r\n{tag} OK Logout completed.\r\n")
            return
        else:
            io_.send(f"{tag} BAD Error in IMAP command.\r\n")


def imap_client(port):
    m = imaplib.IMAP4(HOST, port)
    try:
        m.login("student", "wrong")
    except imaplib.IMAP4.error:
        pass
    m.logout()

    m = imaplib.IMAP4(HOST, port)
    m.login("student", "lab-pass")
    m.list()
    m.select("INBOX")
    m.fetch("1", "(UID RFC822)")
    m.uid("FETCH", "1", "(RFC822)")
    m.send(f"{m._new_tag().decode()} NOOP\r\n{m._new_tag().decode()} NOOP\r\n".encode())  # pipelined
    time.sleep(0.2)
    m.logout()

    m = imaplib.IMAP4(HOST, port)
    m.authenticate("PLAIN", lambda _: b"\0teacher\0s3cret")
    m.logout()


def main():
    role, proto, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if role == "client":
        {"ftp": ftp_client, "pop": pop_client, "imap": imap_client}[proto](port)
        return
    session = {"ftp": ftp_session, "pop": pop_session, "imap": imap_session}[proto]
    s = listen(port)
    s.settimeout(30)
    for _ in range(int(sys.argv[4])):
        conn, _ = s.accept()
        conn.settimeout(10)
        with conn:
            session(conn)
    s.close()


if __name__ == "__main__":
    main()
