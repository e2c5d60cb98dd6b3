using System.Buffers.Binary;
using System.Text;

namespace Sniffer.Fuzz;

/// <summary>
/// Makes hostile variants of a capture file: bit flips, interesting bytes, cuts, duplicated and spliced ranges — and
/// changes that know the formats: pcap/pcapng block and record lengths, option lengths, captured/original lengths,
/// IPv4 total/header lengths, TCP data offset, sequence numbers (far ahead, wrapping, 2^31 away), UDP lengths, TLS
/// record and handshake lengths, HTTP Content-Length values and chunk sizes. Deterministic for a given seed.
/// </summary>
public sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly uint[] InterestingLengths = [0, 1, 3, 4, 7, 8, 12, 16, 20, 28, 31, 32, 0x7F, 0x80, 0xFF, 0x100, 0x3FFF, 0x4000, 0x4800,
        0x7FFF, 0x8000, 0xFFFF, 0x10000, 0xFFFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFF0, 0xFFFFFFFF];

    public byte[] Mutate(byte[] input, IReadOnlyList<Seed> others)
    {
        var data = (byte[])input.Clone();
        int rounds = 1 + _random.Next(4);
        for (int i = 0; i < rounds; i++)
            data = MutateOnce(data, others);
        return data;
    }

    private byte[] MutateOnce(byte[] data, IReadOnlyList<Seed> others)
    {
        if (data.Length == 0)
            return [.. data, (byte)_random.Next(256)];
        switch (_random.Next(14))
        {
            case 0: // bit flips
                for (int n = 1 + _random.Next(8); n > 0; n--)
                    data[_random.Next(data.Length)] ^= (byte)(1 << _random.Next(8));
                return data;
            case 1: // interesting bytes
                for (int n = 1 + _random.Next(4); n > 0; n--)
                    data[_random.Next(data.Length)] = (byte)(_random.Next(4) switch { 0 => 0, 1 => 0xFF, 2 => 0x7F, _ => 0x80 });
                return data;
            case 2: // cut
                return data[.._random.Next(data.Length)];
            case 3: // duplicate a range
            {
                int a = _random.Next(data.Length), len = Math.Min(_random.Next(1, 2048), data.Length - a);
                int at = _random.Next(data.Length);
                return [.. data[..at], .. data.AsSpan(a, len), .. data[at..]];
            }
            case 4: // delete a range
            {
                int a = _random.Next(data.Length), len = Math.Min(_random.Next(1, 512), data.Length - a);
                return [.. data[..a], .. data[(a + len)..]];
            }
            case 5: // splice with another seed
            {
                var other = others[_random.Next(others.Count)].Bytes;
                if (other.Length == 0)
                    return data;
                int at = _random.Next(data.Length), from = _random.Next(other.Length);
                int len = Math.Min(_random.Next(1, 4096), other.Length - from);
                return [.. data[..at], .. other.AsSpan(from, len), .. data[Math.Min(data.Length, at + len)..]];
            }
            case 6:
            case 7:
                return MutateCaptureStructure(data);
            case 8:
            case 9:
                return MutatePacketHeaders(data);
            case 10:
                return MutateTls(data);
            case 11:
                return MutateHttpText(data);
            case 12: // a 32-bit word anywhere to an interesting length
            {
                int at = _random.Next(Math.Max(1, data.Length - 3));
                if (at + 4 <= data.Length)
                    WriteEither(data.AsSpan(at), InterestingLengths[_random.Next(InterestingLengths.Length)]);
                return data;
            }
            default: // a 16-bit word anywhere
            {
                int at = _random.Next(Math.Max(1, data.Length - 1));
                if (at + 2 <= data.Length)
                    BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), (ushort)InterestingLengths[_random.Next(InterestingLengths.Length)]);
                return data;
            }
        }
    }

    private void WriteEither(Span<byte> at, uint value)
    {
        if (_random.Next(2) == 0)
            BinaryPrimitives.WriteUInt32LittleEndian(at, value);
        else
            BinaryPrimitives.WriteUInt32BigEndian(at, value);
    }

    /// <summary>Block/record boundaries of a pcapng or pcap file: where each length field is.</summary>
    private static List<int> LengthFields(byte[] data, out bool littleEndian, out bool pcapng)
    {
        var fields = new List<int>();
        littleEndian = true;
        pcapng = data.Length >= 12 && BinaryPrimitives.ReadUInt32LittleEndian(data) == 0x0A0D0D0A;
        if (pcapng)
        {
            littleEndian = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(8)) == 0x1A2B3C4D;
            int at = 0;
            while (at + 12 <= data.Length && fields.Count < 100_000)
            {
                fields.Add(at + 4);
                uint len = littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at + 4)) : BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at + 4));
                uint type = littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
                if (type == 6 && at + 28 <= data.Length)
                {
                    fields.Add(at + 20); // captured length
                    fields.Add(at + 24); // original length
                }
                if (len < 12 || len > data.Length - at)
                    break;
                fields.Add(at + (int)len - 4); // trailing length
                at += (int)len;
            }
        }
        else if (data.Length >= 24)
        {
            uint magic = BinaryPrimitives.ReadUInt32LittleEndian(data);
            littleEndian = magic is 0xA1B2C3D4 or 0xA1B23C4D;
            int at = 24;
            while (at + 16 <= data.Length && fields.Count < 100_000)
            {
                fields.Add(at + 8);
                fields.Add(at + 12);
                uint len = littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at + 8)) : BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at + 8));
                if (len > data.Length - at - 16)
                    break;
                at += 16 + (int)len;
            }
        }
        return fields;
    }

    private byte[] MutateCaptureStructure(byte[] data)
    {
        var fields = LengthFields(data, out bool little, out _);
        if (fields.Count == 0)
            return data;
        int at = fields[_random.Next(fields.Count)];
        if (at + 4 > data.Length)
            return data;
        uint old = little ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
        uint value = _random.Next(3) switch
        {
            0 => InterestingLengths[_random.Next(InterestingLengths.Length)],
            1 => old + (uint)_random.Next(-16, 17),
            _ => old & ~3u,
        };
        if (little)
            BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(at), value);
        else
            BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(at), value);
        return data;
    }

    /// <summary>Finds IPv4 headers (0x45 after an Ethernet/SLL/NULL header) and bends their lengths, TCP/UDP fields.</summary>
    private byte[] MutatePacketHeaders(byte[] data)
    {
        var candidates = new List<int>();
        for (int i = 0; i + 40 <= data.Length && candidates.Count < 4096; i++)
            if (data[i] == 0x45 && (data[i + 9] == 6 || data[i + 9] == 17 || data[i + 9] == 1))
                candidates.Add(i);
        if (candidates.Count == 0)
            return data;
        int ip = candidates[_random.Next(candidates.Count)];
        var span = data.AsSpan(ip);
        int l4 = 20;
        switch (_random.Next(8))
        {
            case 0: BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)InterestingLengths[_random.Next(InterestingLengths.Length)]); break;
            case 1: span[0] = (byte)(0x40 | _random.Next(16)); break;
            case 2 when span[9] == 6: span[l4 + 12] = (byte)(_random.Next(16) << 4); break;
            case 3 when span[9] == 6: // sequence number far ahead, wrapping or 2^31 away
            {
                uint seq = BinaryPrimitives.ReadUInt32BigEndian(span[(l4 + 4)..]);
                uint delta = _random.Next(4) switch { 0 => 0x80000000u, 1 => (uint)_random.Next(), 2 => 0xFFFFFFFFu, _ => (uint)_random.Next(1, 100_000) };
                BinaryPrimitives.WriteUInt32BigEndian(span[(l4 + 4)..], seq + delta);
                break;
            }
            case 4 when span[9] == 6: span[l4 + 13] = (byte)_random.Next(256); break;
            case 5 when span[9] == 17: BinaryPrimitives.WriteUInt16BigEndian(span[(l4 + 4)..], (ushort)InterestingLengths[_random.Next(InterestingLengths.Length)]); break;
            case 6 when span[9] == 6: // TCP option lengths
                if (span.Length > l4 + 22)
                    span[l4 + 21] = (byte)_random.Next(256);
                break;
            default: span[9] = (byte)(_random.Next(3) switch { 0 => 6, 1 => 17, _ => _random.Next(256) }); break;
        }
        return data;
    }

    /// <summary>TLS record headers (type 20-24, version 3.x) and handshake lengths.</summary>
    private byte[] MutateTls(byte[] data)
    {
        var records = new List<int>();
        for (int i = 0; i + 9 <= data.Length && records.Count < 4096; i++)
            if (data[i] is >= 20 and <= 24 && data[i + 1] == 3 && data[i + 2] <= 4)
                records.Add(i);
        if (records.Count == 0)
            return data;
        int r = records[_random.Next(records.Count)];
        if (_random.Next(2) == 0)
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(r + 3), (ushort)InterestingLengths[_random.Next(InterestingLengths.Length)]);
        else
        {
            uint len = InterestingLengths[_random.Next(InterestingLengths.Length)] & 0xFFFFFF;
            data[r + 6] = (byte)(len >> 16);
            data[r + 7] = (byte)(len >> 8);
            data[r + 8] = (byte)len;
        }
        return data;
    }

    /// <summary>Content-Length values and chunk sizes in HTTP text.</summary>
    private byte[] MutateHttpText(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        string[] anchors = ["Content-Length: ", "content-length: ", "\r\n\r\n", "Transfer-Encoding: chunked\r\n"];
        string anchor = anchors[_random.Next(anchors.Length)];
        int at = text.IndexOf(anchor, _random.Next(Math.Max(1, text.Length)), StringComparison.Ordinal);
        if (at < 0)
            at = text.IndexOf(anchor, StringComparison.Ordinal);
        if (at < 0)
            return data;
        at += anchor.Length;
        string replacement = _random.Next(5) switch
        {
            0 => "99999999999999999999",
            1 => "-1",
            2 => "ffffffff\r\n",
            3 => "0\r\n\r\n",
            _ => _random.Next(0, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var bytes = Encoding.Latin1.GetBytes(replacement);
        int span = Math.Min(bytes.Length, data.Length - at);
        bytes.AsSpan(0, span).CopyTo(data.AsSpan(at));
        return data;
    }
}
