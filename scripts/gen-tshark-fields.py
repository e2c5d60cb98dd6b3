#!/usr/bin/python3
"""Writes a C# class of FieldDef declarations for the given abbrevs, read from the installed tshark's -G fields and
-G values (type, base, mask, description, value strings, true/false words, units): how the 802.11 element field files
(src/Dissectors/Protocols/Wlan/Wlan*Fields.cs, WpsFields.cs, Llc/StpFields.cs) were made. Review the output: names that
start with a digit or collide with System types were renamed by hand, and a second registration of a name is not here.

    python3 scripts/gen-tshark-fields.py Namespace ClassName strip_prefix "summary" abbrev... > File.cs
"""
import sys, re, collections, subprocess
ns, cls, strip, summary = sys.argv[1:5]
wanted = sys.argv[5:]
fields = {}
for line in subprocess.run(['tshark', '-G', 'fields'], capture_output=True, text=True).stdout.splitlines():
    c = line.rstrip('\n').split('\t')
    if c[0] == 'F' and c[2] not in fields:
        fields[c[2]] = c
vals = collections.defaultdict(list); tfs = {}; units = {}; ranges = collections.defaultdict(list)
for line in subprocess.run(['tshark', '-G', 'values'], capture_output=True, text=True).stdout.splitlines():
    c = line.rstrip('\n').split('\t')
    if c[0] in ('V', 'V64') and len(c) >= 4:
        try: vals[c[1]].append((int(c[2], 0), c[3]))
        except ValueError: pass
    elif c[0] == 'T': tfs[c[1]] = (c[2], c[3])
    elif c[0] == 'U': units[c[1]] = (c[2], c[3])
    elif c[0] == 'R':
        try: ranges[c[1]].append((int(c[2], 0), int(c[3], 0), c[4]))
        except ValueError: pass
types = {'FT_NONE': 'None', 'FT_PROTOCOL': 'Protocol', 'FT_BOOLEAN': 'Boolean', 'FT_UINT8': 'UInt8', 'FT_UINT16': 'UInt16', 'FT_UINT24': 'UInt24',
         'FT_UINT32': 'UInt32', 'FT_UINT48': 'UInt48', 'FT_UINT64': 'UInt64', 'FT_INT8': 'Int8', 'FT_INT16': 'Int16', 'FT_INT24': 'Int24', 'FT_INT32': 'Int32',
         'FT_INT64': 'Int64', 'FT_BYTES': 'Bytes', 'FT_STRING': 'String', 'FT_STRINGZ': 'StringZ', 'FT_ETHER': 'Ether', 'FT_IPv4': 'Ipv4',
         'FT_FLOAT': 'Float', 'FT_DOUBLE': 'Double', 'FT_FRAMENUM': 'FrameNum', 'FT_UINT_STRING': 'String', 'FT_ABSOLUTE_TIME': 'AbsoluteTime', 'FT_RELATIVE_TIME': 'RelativeTime', 'FT_GUID': 'Bytes'}
bases = {'BASE_DEC': 'Dec', 'BASE_HEX': 'Hex', 'BASE_DEC_HEX': 'DecHex', 'BASE_HEX_DEC': 'HexDec', 'BASE_OCT': 'Oct', 'BASE_NONE': 'None', 'BASE_CUSTOM': 'Custom', 'BASE_OUI': 'Oui'}
def q(s): return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
def pascal(abbrev):
    rest = abbrev[len(strip):] if abbrev.startswith(strip) else abbrev
    return ''.join(p[:1].upper() + p[1:] for p in re.split(r'[._]', rest) if p)
out = []; tables = {}; tabledecl = []; names = []
for w in wanted:
    name, _, ab = w.rpartition('=')
    if ab not in fields: sys.exit(f'no field {ab}')
    c = fields[ab]
    name = name or pascal(ab)
    names.append(name)
    t = types[c[3]]
    base = c[5].split('|')[0]
    mask = int(c[6], 0) if len(c) > 6 and c[6] else 0
    desc = c[7] if len(c) > 7 and c[7] else None
    args = [q(ab), q(c[1]), f'FieldType.{t}']
    if t == 'Boolean':
        args.append('FieldBase.None')
    elif t in ('UInt8', 'UInt16', 'UInt24', 'UInt32', 'UInt48', 'UInt64', 'Int8', 'Int16', 'Int24', 'Int32', 'Int64'):
        args.append('FieldBase.' + bases.get(base, 'Dec'))
    elif mask or desc: args.append('null')
    named = []
    if mask: named.append(f'0x{mask:X}' if True else '')
    init = []
    v = vals.get(ab)
    if not v and ab in ranges:
        rs = ranges[ab]
        if sum(b - a + 1 for a, b, _ in rs) <= 300:
            v = [(x, s) for a, b, s in rs for x in range(a, b + 1)]
        else:
            print(f'// WARNING {ab}: range string too wide, not generated', file=sys.stderr)
    dict_ref = None
    if v:
        key = tuple(v)
        if key not in tables:
            tname = name + 'Names'
            tables[key] = tname
            body = ', '.join(f'[{x}] = {q(s)}' for x, s in v)
            tabledecl.append(f'    private static readonly Dictionary<ulong, string> {tname} = new() {{ {body} }};')
        dict_ref = tables[key]
    s = ', '.join(args)
    if mask: s += f', 0x{mask:X}'
    elif desc or dict_ref: s += ', 0' if t != 'None' and t != 'Bytes' and t != 'String' else ''
    if desc: s += f', description: {q(desc)}'
    if dict_ref: s += f', valueNames: {dict_ref}'
    if t == 'Boolean':
        if ab in tfs: init.append(f'Booleans = new({q(tfs[ab][0])}, {q(tfs[ab][1])})')
        width = int(base) if base.isdigit() else 0
        if width and mask:
            top = mask.bit_length(); cont = 8 if top <= 8 else 16 if top <= 16 else 24 if top <= 24 else 32 if top <= 32 else 64
            if width != cont: init.append(f'BitWidth = {width}')
    if ab in units: init.append(f'Unit = new({q(units[ab][0])}, {q(units[ab][1])})')
    line = f'    public static readonly FieldDef {name} = new({s})'
    if init: line += ' { ' + ', '.join(init) + ' }'
    out.append(line + ';')
print('using Sniffer.Dissectors.Model;\n')
print(f'namespace {ns};\n')
print(f'/// <summary>{summary}</summary>')
print(f'public static class {cls}\n{{')
for t in tabledecl: print(t)
if tabledecl: print()
for o in out: print(o)
print()
print('    /// <summary>These fields in declaration order, for the protocol\'s declaration.</summary>')
print('    public static FieldDef[] All { get; } =\n    [')
line = '       '
for n in names:
    if len(line) + len(n) + 2 > 140: print(line); line = '       '
    line += ' ' + n + ','
print(line)
print('    ];')
print('}')
