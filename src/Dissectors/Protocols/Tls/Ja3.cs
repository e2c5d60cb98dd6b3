using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>
/// The JA3 (ClientHello) and JA3S (ServerHello) fingerprints packet-tls-utils.c adds after a hello's extensions: the
/// decimal version, cipher suites, extension types, supported groups and EC point formats joined by "," and "-" (GREASE
/// values left out), and the MD5 of that string. Built in pooled buffers, and only when the tree keeps the fields.
/// </summary>
internal static class Ja3
{
    public static void AddClient(FieldTree tree, int node, int source, int at, ushort version, ReadOnlySpan<byte> suites, ReadOnlySpan<byte> extensions)
    {
        if (!tree.Wants(TlsFields.Ja3Full) && !tree.Wants(TlsFields.Ja3))
            return;
        // Every listed value takes at most five digits and a separator.
        char[] buffer = ArrayPool<char>.Shared.Rent(16 + 6 * (suites.Length / 2 + extensions.Length / 2 + extensions.Length));
        try
        {
            var w = new Writer(buffer);
            w.Number(version);
            w.Char(',');
            w.List16(suites);
            w.Char(',');
            ReadOnlySpan<byte> groups = default, formats = default;
            bool first = true;
            foreach (var extension in new Extensions(extensions))
            {
                ushort type = extension.Type;
                var data = extension.Data;
                if (type == TlsNames.ExtSupportedGroups && data.Length >= 2)
                    groups = data[2..Math.Min(data.Length, 2 + BinaryPrimitives.ReadUInt16BigEndian(data))];
                else if (type == TlsNames.ExtEcPointFormats && data.Length >= 1)
                    formats = data[1..Math.Min(data.Length, 1 + data[0])];
                if (IsGrease(type))
                    continue;
                if (!first)
                    w.Char('-');
                w.Number(type);
                first = false;
            }
            w.Char(',');
            w.List16(groups);
            w.Char(',');
            for (int i = 0; i < formats.Length; i++)
            {
                if (i > 0)
                    w.Char('-');
                w.Number(formats[i]);
            }
            Add(tree, node, source, at, TlsFields.Ja3Full, TlsFields.Ja3, w.Written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public static void AddServer(FieldTree tree, int node, int source, int at, ushort version, ushort suite, ReadOnlySpan<byte> extensions)
    {
        if (!tree.Wants(TlsFields.Ja3sFull) && !tree.Wants(TlsFields.Ja3s))
            return;
        char[] buffer = ArrayPool<char>.Shared.Rent(16 + 6 * (extensions.Length / 4 + 2));
        try
        {
            var w = new Writer(buffer);
            w.Number(version);
            w.Char(',');
            w.Number(suite);
            w.Char(',');
            bool first = true;
            foreach (var extension in new Extensions(extensions))
            {
                ushort type = extension.Type;
                if (IsGrease(type))
                    continue;
                if (!first)
                    w.Char('-');
                w.Number(type);
                first = false;
            }
            Add(tree, node, source, at, TlsFields.Ja3sFull, TlsFields.Ja3s, w.Written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static void Add(FieldTree tree, int node, int source, int at, FieldDef fullField, FieldDef hashField, ReadOnlySpan<char> full)
    {
        tree.AddString(node, fullField, source, at, 0, full, NodeFlags.Generated);
        byte[] ascii = ArrayPool<byte>.Shared.Rent(full.Length);
        try
        {
            for (int i = 0; i < full.Length; i++)
                ascii[i] = (byte)full[i];
            Span<byte> md5 = stackalloc byte[16];
            MD5.HashData(ascii.AsSpan(0, full.Length), md5);
            Span<char> hex = stackalloc char[32];
            Convert.TryToHexStringLower(md5, hex, out _);
            tree.AddString(node, hashField, source, at, 0, hex, NodeFlags.Generated);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(ascii);
        }
    }

    /// <summary>RFC 8701's reserved values: 0x0a0a, 0x1a1a, … 0xfafa.</summary>
    private static bool IsGrease(ushort value) => (value & 0x0f0f) == 0x0a0a && (value >> 8) == (value & 0xff);

    private ref struct Writer(char[] buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _used;

        public readonly ReadOnlySpan<char> Written => _buffer[.._used];

        public void Char(char c) => _buffer[_used++] = c;

        public void Number(int value)
        {
            value.TryFormat(_buffer[_used..], out int written, provider: System.Globalization.CultureInfo.InvariantCulture);
            _used += written;
        }

        /// <summary>Big-endian 16-bit values joined by "-", GREASE left out.</summary>
        public void List16(ReadOnlySpan<byte> values)
        {
            bool first = true;
            for (int i = 0; i + 1 < values.Length; i += 2)
            {
                ushort v = BinaryPrimitives.ReadUInt16BigEndian(values[i..]);
                if (IsGrease(v))
                    continue;
                if (!first)
                    Char('-');
                Number(v);
                first = false;
            }
        }
    }

    /// <summary>The (type, body) pairs of a hello's extension block, stopping at the first that overruns it.</summary>
    private ref struct Extensions(ReadOnlySpan<byte> block)
    {
        private ReadOnlySpan<byte> _rest = block;

        public Extension Current { get; private set; }

        public readonly Extensions GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_rest.Length < 4)
                return false;
            int len = BinaryPrimitives.ReadUInt16BigEndian(_rest[2..]);
            if (4 + len > _rest.Length)
                return false;
            Current = new Extension(BinaryPrimitives.ReadUInt16BigEndian(_rest), _rest.Slice(4, len));
            _rest = _rest[(4 + len)..];
            return true;
        }
    }

    private readonly ref struct Extension(ushort type, ReadOnlySpan<byte> data)
    {
        public ushort Type { get; } = type;
        public ReadOnlySpan<byte> Data { get; } = data;
    }
}
