#!/usr/bin/env python3
"""Writes src/Dissectors/Filter/Names/tshark-names.txt.gz: the names tshark 4.0 knows, for display filters.

A user may filter a capture on a protocol Sniffer does not dissect (`dns`, `arp`, `icmp.type == 8`); tshark accepts
those filters and they match nothing there, so Sniffer must accept them too. This lists, from the real tshark:
  P <abbrev>                      every protocol's filter name (tshark -G protocols)
  F <abbrev> <TYPE> <base>        every field of the protocols a lab capture plausibly carries (tshark -G fields),
                                  with the type a filter sees: when several fields share a name, the last one
                                  registered (asked through Lua's Field.new(name).type, as -G shows the first)
  T <abbrev> <true> <false>       their true/false strings      (tshark -G values)
  V/V64 <abbrev> <value> <text>   their value strings (values in decimal)
  R <abbrev> <low> <high> <text>  their range strings
  U <abbrev>                      integers whose strings name no value (units such as "dB")
  C <abbrev>                      integers shown by a custom formatter
  Q <abbrev> <TYPE> <q> <u>       names whose quoted strings (`NAME == "text"`) tshark 4.0 checks against another
                                  registration than the last (it walks back past every non-string one, to the first):
                                  that one's type, then whether it (q) and the last (u) have value names: values,
                                  custom, range or none. Their V lines are the first registration's block, then the last's
  A <alias> <protocol>            protocol aliases (proto_register_alias in 4.0's dissectors)
Sniffer's own declarations win over this list wherever both name a field.

It also writes tshark-other-fields-N.txt.gz beside it: every other field tshark 4.0 registers (of the protocols not
listed below), name and filter type only, sorted and front-coded ("<shared prefix length>\t<rest>\t<FT_ index>[v|r|c]"),
split in two so no file passes 1 MB. Sniffer reads them only when a filter or -e names a field the first list lacks
(`wg.type == 1`, `-e smb2.cmd`): tshark accepts those and they match nothing, or print empty, where nothing dissects them.

tshark-names-declared.txt.gz, the first list's lines about the names Sniffer itself declares (what a filter on
Sniffer's fields reads, without decompressing the whole list), is written from the first list by the test that checks it:
after this script, run  SNIFFER_WRITE_NAMES=1 dotnet test tests/Sniffer.Tests --filter DeclaredNamesListTests

Run with the tshark the golden tests use (Debian's 4.0.17):  python3 scripts/gen-filter-names.py
"""
import gzip
import os
import subprocess
import sys
import tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "Dissectors", "Filter", "Names", "tshark-names.txt.gz")

# Protocols whose fields are listed (their protocol names are always listed): what lab captures carry, on wired
# and wireless links, plus Wireshark's own pseudo-protocols (_ws.*).
PROTOCOLS = """
frame eth vlan arp ip ipv6 ipv6.hopopts ipv6.dstopts ipv6.routing ipv6.fraghdr icmp icmpv6 igmp tcp udp sctp data
dns mdns llmnr nbns nbss nbdgm browser dhcp dhcpv6 ntp tftp syslog snmp ssdp
http http2 tls x509af x509ce x509if x509sat pkcs-1 ocsp quic websocket mime_multipart media urlencoded-form json xml
png image-gif image-jfif
ssh ftp ftp-data smtp pop imap telnet
wlan wlan_radio radiotap ppi eapol llc stp cdp lldp sll null loop gre vxlan ppp pppoed pppoes vrrp
sip sdp rtp rtcp ntlmssp
""".split()

FT_ORDER = ("NONE PROTOCOL BOOLEAN CHAR UINT8 UINT16 UINT24 UINT32 UINT40 UINT48 UINT56 UINT64 INT8 INT16 INT24 INT32 "
            "INT40 INT48 INT56 INT64 IEEE_11073_SFLOAT IEEE_11073_FLOAT FLOAT DOUBLE ABSOLUTE_TIME RELATIVE_TIME STRING "
            "STRINGZ UINT_STRING ETHER BYTES UINT_BYTES IPv4 IPv6 IPXNET FRAMENUM GUID OID EUI64 AX25 VINES REL_OID "
            "SYSTEM_ID STRINGZPAD FCWWN STRINGZTRUNC").split()

TYPES_LUA = r"""
-- For each name: the type a filter sees, and for integers whether names may stand for values, by compiling
-- `NAME == <a number too big for any field>`: "cannot be found among the possible values" (value strings or units),
-- "cannot accept [custom] strings", "cannot accept [range] strings", or a plain range error (no strings).
local args = { ... }
local out = {}
for name in io.lines(args[1]) do
  local ok, f = pcall(Field.new, name)
  if ok then
    local t = f.type
    local class = "-"
    if t >= ftypes.CHAR and t <= ftypes.INT64 then
      local compiled, err = pcall(Listener.new, nil, name .. " == 99999999999999999999999")
      err = tostring(err)
      if compiled then class = "?"
      elseif err:find("cannot be found among the possible values", 1, true) then class = "values"
      elseif err:find("[custom]", 1, true) then class = "custom"
      elseif err:find("[range]", 1, true) then class = "range"
      else class = "none" end
    end
    -- A quoted string is checked against another registration than the last when several share the name: tshark
    -- 4.0 walks back past every non-string one (to the first), so `NAME == "text"` may find other names, or none.
    local quoted = "none"
    if t ~= ftypes.NONE and t ~= ftypes.PROTOCOL and t ~= ftypes.IEEE_11073_SFLOAT and t ~= ftypes.IEEE_11073_FLOAT
        and (t < ftypes.STRING or t > ftypes.UINT_STRING) and t ~= ftypes.STRINGZPAD and t ~= ftypes.STRINGZTRUNC then
      local compiled, err = pcall(Listener.new, nil, name .. ' == "\\x01"')
      if compiled then err:remove()
      else
        err = tostring(err)
        if err:find("cannot be found among the possible values", 1, true) then quoted = "values"
        elseif err:find("[custom]", 1, true) then quoted = "custom"
        elseif err:find("[range]", 1, true) then quoted = "range" end
      end
    end
    out[#out + 1] = name .. "\t" .. tostring(t) .. "\t" .. class .. "\t" .. quoted
  end
end
io.write(table.concat(out, "\n"), "\n")
"""

TYPES_ONLY_LUA = r"""
-- For each name: the type a filter sees (the last field registered with that name).
local args = { ... }
local out = {}
for name in io.lines(args[1]) do
  local ok, f = pcall(Field.new, name)
  if ok then out[#out + 1] = name .. "\t" .. tostring(f.type) .. "\t-" end
end
io.write(table.concat(out, "\n"), "\n")
"""

OTHER_PARTS = 2

ALIASES = [("ssl", "tls"), ("bootp", "dhcp"), ("nm", "autosar-nm"), ("104apci", "iec60870_104"), ("104asdu", "iec60870_asdu")]


def tshark(*args):
    env = dict(os.environ, WIRESHARK_CONFIG_DIR=os.environ.get("WIRESHARK_CONFIG_DIR", "/tmp/sniffer-gen-wireshark"))
    out = subprocess.run(["tshark", *args], check=True, capture_output=True, env=env).stdout
    return out.decode("utf-8", "replace").splitlines()


def filter_types(names, lua=TYPES_LUA):
    """The type a display filter gives each name (the last field registered with it), from tshark's Lua."""
    capture = os.path.join(os.path.dirname(__file__), "..", "sample_captures", "tcp-echo.pcapng")
    with tempfile.TemporaryDirectory() as tmp:
        script, listing = os.path.join(tmp, "types.lua"), os.path.join(tmp, "names.txt")
        with open(script, "w") as f:
            f.write(lua)
        with open(listing, "w") as f:
            f.write("\n".join(names) + "\n")
        rows = tshark("-n", "-q", "-r", capture, "-c", "1", "-X", "lua_script:" + script, "-X", "lua_script1:" + listing)
    types = {}
    for row in rows:
        cols = row.split("\t")
        if len(cols) in (3, 4):
            types[cols[0]] = (FT_ORDER[int(float(cols[1]))], cols[2], cols[3] if len(cols) == 4 else "none")
    if len(types) < len(names) // 2:
        sys.exit(f"tshark's Lua gave the types of {len(types)} of {len(names)} fields")
    return types


def value_of(text):
    """A value as -G values prints it (decimal, 0x-hex, or for FT_CHAR 'c', '\\xNN', '\\ooo'), as a number."""
    if text.startswith("'") and text.endswith("'") and len(text) >= 3:
        body = text[1:-1]
        if body.startswith("\\x"):
            return int(body[2:], 16)
        if body.startswith("\\") and len(body) > 1:
            return int(body[1:], 8)
        return ord(body)
    return int(text, 0) if text.startswith("0x") else int(text)


def main():
    version = tshark("--version")[0]
    if " 4.0." not in version:
        sys.exit(f"needs tshark 4.0 (found: {version})")
    lines = [f"# {version}; generated by scripts/gen-filter-names.py"]
    protocols = set()
    for row in tshark("-G", "protocols"):
        cols = row.split("\t")
        if len(cols) >= 3:
            protocols.add(cols[2])
            lines.append(f"P\t{cols[2]}")
    wanted = set(PROTOCOLS)
    missing = wanted - protocols
    if missing:
        sys.exit(f"not tshark 4.0 protocols: {sorted(missing)}")
    fields = {}
    others = []
    other_bases = {}
    for row in tshark("-G", "fields"):
        cols = row.split("\t")
        if cols[0] != "F" or len(cols) < 7:
            continue
        abbrev, ftype, parent, base = cols[2], cols[3], cols[4], cols[5]
        if parent in wanted or parent.startswith("_ws"):
            fields[abbrev] = [ftype[3:], base]
        elif abbrev not in protocols:
            others.append(abbrev)
            other_bases[abbrev] = base
    classes = {}
    quoted = {}
    for abbrev, (ftype, strings, quoted_strings) in filter_types(list(fields)).items():
        # -G fields shows a name's first registration, the one a quoted string falls back to; the filter's is the last.
        first = fields[abbrev][0]
        fields[abbrev][0] = ftype
        classes[abbrev] = strings
        # Only integers were asked about names with a number; a boolean always has its true/false names.
        last = strings if strings in ("values", "custom", "range") else "values" if ftype == "BOOLEAN" else "none"
        if first != ftype or quoted_strings != last:
            quoted[abbrev] = (first, quoted_strings, last)
    # tshark lists some fields (LLC's per-OUI PIDs) in hash order; sorting by name keeps the file reproducible, and
    # a stable sort keeps each field's values in tshark's order (the first match names a value).
    for abbrev in sorted(fields):
        ftype, base = fields[abbrev]
        lines.append(f"F\t{abbrev}\t{ftype}\t{base}")
    all_values = [row.split("\t") for row in tshark("-G", "values")]
    values = [cols for cols in all_values if cols[0] in ("V", "V64", "T", "R") and len(cols) >= 3 and cols[1] in fields]
    # -G values lists every registration's strings; a filter has only the last one's (none, or a custom formatter),
    # and a quoted string the first one's.
    values = [cols for cols in values if classes.get(cols[1]) not in ("none", "custom")
              or quoted.get(cols[1], (None, None, None))[1] == "values"]
    named = set()
    for cols in values:
        if cols[0] in ("V", "V64"):
            cols[2] = str(value_of(cols[2]))
            named.add(cols[1])
    lines.extend("\t".join(cols) for cols in sorted(values, key=lambda cols: cols[1]))
    # Integers whose strings name nothing a filter can use (units such as "dB"): tshark still looks a name up there
    # and says it "cannot be found among the possible values".
    for abbrev in sorted(fields):
        if classes.get(abbrev) == "values" and abbrev not in named:
            lines.append(f"U\t{abbrev}")
        elif classes.get(abbrev) == "custom":
            lines.append(f"C\t{abbrev}")
    for abbrev in sorted(quoted):
        first, quoted_strings, last = quoted[abbrev]
        lines.append(f"Q\t{abbrev}\t{first}\t{quoted_strings}\t{last}")
    for alias, target in ALIASES:
        lines.append(f"A\t{alias}\t{target}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{os.path.relpath(OUT)}: {len(protocols)} protocols, {len(fields)} fields, {os.path.getsize(OUT)} bytes")
    # An integer's names, when it has some, are not listed for these (too many): v marks a value_string or unit
    # strings (a name is then looked up and "cannot be found"), r a range_string, c a custom formatter — each refused
    # as tshark refuses it. Read from -G fields' base and -G values (compiling 200,000 filters in Lua crashes tshark).
    marks = {}
    for abbrev, base in other_bases.items():
        if "BASE_CUSTOM" in base:
            marks[abbrev] = "c"
        elif "BASE_UNIT_STRING" in base or "BASE_EXT_STRING" in base:
            marks[abbrev] = "v"
    for cols in all_values:
        if len(cols) >= 3 and cols[0] in ("V", "V64", "R") and cols[1] in other_bases and cols[1] not in marks:
            marks[cols[1]] = "r" if cols[0] == "R" else "v"
    write_others(sorted(set(others) - set(fields), key=lambda n: n.encode("utf-8")), marks)


def write_others(names, marks):
    """The other fields' names and filter types, front-coded, in OTHER_PARTS files split at a name."""
    types = filter_types(names, TYPES_ONLY_LUA)
    integer = {t for t in FT_ORDER if t.startswith(("UINT", "INT", "CHAR"))}
    rows = [(n, f"{FT_ORDER.index(types[n][0])}{marks.get(n, '') if types[n][0] in integer else ''}") for n in names if n in types]
    per = (len(rows) + OTHER_PARTS - 1) // OTHER_PARTS
    for part in range(OTHER_PARTS):
        chunk = rows[part * per:(part + 1) * per]
        lines, prev = [], ""
        for name, kind in chunk:
            shared = 0
            while shared < min(len(prev), len(name)) and prev[shared] == name[shared]:
                shared += 1
            lines.append(f"{shared}\t{name[shared:]}\t{kind}")
            prev = name
        path = os.path.join(os.path.dirname(OUT), f"tshark-other-fields-{part + 1}.txt.gz")
        with open(path, "wb") as f:
            f.write(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
        print(f"{os.path.relpath(path)}: {len(chunk)} fields from {chunk[0][0]}, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
