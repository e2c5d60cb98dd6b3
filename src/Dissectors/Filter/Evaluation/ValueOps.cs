using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Filter.Syntax;
using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// What Wireshark 4.0's field types do with values (epan/ftypes): order, contains, length, slices, the arithmetic
/// with its overflow rules (an unsigned subtraction that goes negative becomes a signed result), and the text
/// string() makes. The left operand's type decides, as in Wireshark.
/// </summary>
internal static class ValueOps
{
    // ---- conversions (val_to_uinteger64 / val_to_sinteger64) --------------------------------------

    private static bool ToUInt64(in FValue v, out ulong result)
    {
        switch (FtInfo.Of(v.Type).Storage)
        {
            case FtStorage.Unsigned32:
                result = (uint)v.Bits;
                return true;
            case FtStorage.Unsigned64:
            case FtStorage.Boolean:
                result = v.Bits;
                return true;
            case FtStorage.Signed32:
            case FtStorage.Signed64:
                result = v.Bits;
                return v.Signed >= 0;
            default:
                result = 0;
                return false;
        }
    }

    private static bool ToSInt64(in FValue v, out long result)
    {
        switch (FtInfo.Of(v.Type).Storage)
        {
            case FtStorage.Unsigned32:
                result = (uint)v.Bits;
                return true;
            case FtStorage.Unsigned64:
            case FtStorage.Boolean:
                result = (long)v.Bits;
                return v.Bits <= long.MaxValue;
            case FtStorage.Signed32:
            case FtStorage.Signed64:
                result = v.Signed;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    // ---- order ----------------------------------------------------------------------------------

    /// <summary>cmp_order of <paramref name="a"/>'s type; false when the values cannot be compared.</summary>
    public static bool Compare(EvalContext ctx, in FValue a, in FValue b, out int cmp)
    {
        cmp = 0;
        switch (FtInfo.Of(a.Type).Storage)
        {
            case FtStorage.Unsigned32:
            case FtStorage.Unsigned64:
            {
                if (!ToUInt64(a, out ulong x) || !ToUInt64(b, out ulong y))
                    return false;
                cmp = x.CompareTo(y);
                return true;
            }
            case FtStorage.Signed32:
            case FtStorage.Signed64:
            {
                if (!ToSInt64(a, out long x) || !ToSInt64(b, out long y))
                    return false;
                cmp = x.CompareTo(y);
                return true;
            }
            case FtStorage.Boolean:
            {
                if (!ToUInt64(b, out ulong y))
                    return false;
                bool x = a.Bits != 0;
                cmp = x == (y != 0) ? 0 : x ? 1 : -1;
                return true;
            }
            case FtStorage.Floating:
            case FtStorage.Ieee11073:
            {
                double x = a.Double, y = b.Double;
                cmp = x < y ? -1 : x > y ? 1 : 0;
                return true;
            }
            case FtStorage.Time:
                cmp = CompareTimes(a, b);
                return true;
            case FtStorage.String:
            {
                var x = ctx.Bytes(a);
                var y = ctx.Bytes(b);
                int n = Math.Min(x.Length, y.Length);
                cmp = x[..n].SequenceCompareTo(y[..n]);
                if (cmp == 0)
                    cmp = x.Length.CompareTo(y.Length);
                cmp = Math.Sign(cmp);
                return true;
            }
            case FtStorage.Bytes:
            case FtStorage.Protocol:
            case FtStorage.Guid:
            {
                var x = ctx.Bytes(a);
                var y = ctx.Bytes(b);
                cmp = x.Length != y.Length ? (x.Length < y.Length ? -1 : 1) : Math.Sign(x.SequenceCompareTo(y));
                return true;
            }
            case FtStorage.Ipv4:
            {
                uint mask = Math.Min(a.Mask, b.Mask);
                uint x = (uint)a.Bits & mask, y = (uint)b.Bits & mask;
                cmp = x.CompareTo(y);
                return true;
            }
            case FtStorage.Ipv6:
                cmp = CompareIpv6(ctx.Bytes(a), ctx.Bytes(b), Math.Min(Math.Min(a.Aux, b.Aux), 128));
                return true;
            default:
                return false;
        }
    }

    private static int CompareIpv6(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int prefix)
    {
        if (a.Length < 16 || b.Length < 16)
            return a.Length.CompareTo(b.Length);
        int pos = 0;
        while (prefix >= 8)
        {
            if (a[pos] != b[pos])
                return a[pos] - b[pos];
            prefix -= 8;
            pos++;
        }
        if (prefix != 0)
        {
            int mask = 0xFF00 >> prefix & 0xFF;
            int x = a[pos] & mask, y = b[pos] & mask;
            if (x != y)
                return x - y;
        }
        return 0;
    }

    /// <summary>
    /// nstime_cmp, which both time types order (and test equality) by: the difference of the seconds cut to a 32-bit
    /// int. Two times more than 68 years apart therefore compare the wrong way round in tshark 4.0 (a TLS random's
    /// gmt_unix_time in 2093 is "less than" 1987), and Sniffer answers as tshark does.
    /// </summary>
    private static int CompareTimes(in FValue a, in FValue b)
    {
        if (a.Seconds != b.Seconds)
            return Math.Sign(unchecked((int)(a.Seconds - b.Seconds)));
        return Math.Sign(a.Aux - b.Aux);
    }

    public static FtBool Relation(EvalContext ctx, TestOp op, in FValue a, in FValue b)
    {
        if (op == TestOp.Contains)
            return Contains(ctx, a, b);
        if (!Compare(ctx, a, b, out int cmp))
            return FtBool.Error;
        bool r = op switch
        {
            TestOp.AllEq or TestOp.AnyEq => cmp == 0,
            TestOp.AllNe or TestOp.AnyNe => cmp != 0,
            TestOp.Gt => cmp > 0,
            TestOp.Ge => cmp >= 0,
            TestOp.Lt => cmp < 0,
            _ => cmp <= 0,
        };
        return r ? FtBool.True : FtBool.False;
    }

    public static FtBool Contains(EvalContext ctx, in FValue a, in FValue b)
    {
        switch (FtInfo.Of(a.Type).Storage)
        {
            case FtStorage.String:
            {
                var needle = ctx.Bytes(b);
                if (needle.IsEmpty)
                    return FtBool.False;
                return ctx.Bytes(a).IndexOf(needle) >= 0 ? FtBool.True : FtBool.False;
            }
            case FtStorage.Bytes:
            {
                var needle = ctx.Bytes(b);
                var haystack = ctx.Bytes(a);
                // glibc memmem finds the empty needle, but not in an empty value (a GByteArray that never held a byte has
                // no data, so ws_memmem's answer is NULL).
                if (needle.IsEmpty)
                    return haystack.IsEmpty ? FtBool.False : FtBool.True;
                return haystack.IndexOf(needle) >= 0 ? FtBool.True : FtBool.False;
            }
            case FtStorage.Protocol:
            {
                var needle = ctx.FullBytes(b);
                var haystack = ctx.FullBytes(a);
                if (needle.IsEmpty || haystack.IsEmpty)
                    return FtBool.False;
                return haystack.IndexOf(needle) >= 0 ? FtBool.True : FtBool.False;
            }
            default:
                return FtBool.Error;
        }
    }

    // ---- properties -----------------------------------------------------------------------------

    public static bool IsZero(EvalContext ctx, in FValue v)
    {
        switch (FtInfo.Of(v.Type).Storage)
        {
            case FtStorage.Unsigned32:
                return (uint)v.Bits == 0;
            case FtStorage.Signed32:
                return (int)v.Bits == 0;
            case FtStorage.Unsigned64:
            case FtStorage.Signed64:
            case FtStorage.Boolean:
                return v.Bits == 0;
            case FtStorage.Floating:
            case FtStorage.Ieee11073:
                return v.Double == 0;
            case FtStorage.Time:
                return v.Seconds == 0 && v.Aux == 0;
            case FtStorage.String:
                return ctx.Bytes(v).IsEmpty;
            case FtStorage.Bytes:
                return ctx.Bytes(v).IndexOfAnyExcept((byte)0) < 0;
            case FtStorage.Ipv4:
                return (uint)v.Bits == 0;
            case FtStorage.Ipv6:
                return ctx.Bytes(v).IndexOfAnyExcept((byte)0) < 0;
            default:
                return false;
        }
    }

    public static bool IsNegative(in FValue v) => FtInfo.Of(v.Type).Storage switch
    {
        FtStorage.Signed32 => (int)v.Bits < 0,
        FtStorage.Signed64 => v.Signed < 0,
        FtStorage.Floating => v.Double < 0,
        FtStorage.Time => v.Seconds < 0,
        _ => false,
    };

    /// <summary>fvalue_length: the bytes of a variable-length value, else the type's wire size.</summary>
    public static uint Length(EvalContext ctx, in FValue v)
    {
        var info = FtInfo.Of(v.Type);
        return info.Can(FtOps.Length) ? (uint)ctx.Bytes(v).Length : (uint)info.WireSize;
    }

    // ---- slices ---------------------------------------------------------------------------------

    /// <summary>fvalue_slice: the bytes the ranges select, in order; a range out of bounds ends the slice there.</summary>
    public static FValue Slice(EvalContext ctx, in FValue v, IReadOnlyList<RangeNode> ranges)
    {
        int fieldLength = (int)Length(ctx, v);
        int begin = ctx.ScratchUsed;
        for (int r = 0; r < ranges.Count; r++)
        {
            var range = ranges[r];
            int start = range.Start;
            if (start < 0)
            {
                start = fieldLength + start;
                if (start < 0)
                    break;
            }
            int length;
            if (range.End == RangeEnd.ToTheEnd)
            {
                length = fieldLength - start;
                if (length <= 0)
                    break;
            }
            else if (range.End == RangeEnd.Length)
            {
                length = range.Length;
                if ((long)start + length > fieldLength)
                    break;
            }
            else
            {
                int end = range.EndOffset;
                if (end < 0)
                {
                    end = fieldLength + end;
                    if (end < start)
                        break;
                }
                else if (end >= fieldLength)
                {
                    break;
                }
                length = end - start + 1;
            }
            if (length <= 0)
                break;
            AppendSliceBytes(ctx, v, start, length);
        }
        return FValue.OfBytes(FtKind.Bytes, ByteStore.Scratch, 0, begin, ctx.ScratchUsed - begin);
    }

    private static void AppendSliceBytes(EvalContext ctx, in FValue v, int offset, int length)
    {
        switch (FtInfo.Of(v.Type).Storage)
        {
            case FtStorage.Ipv4:
            {
                Span<byte> addr = stackalloc byte[4];
                BinaryPrimitives.WriteUInt32BigEndian(addr, (uint)v.Bits);
                addr.Slice(offset, length).CopyTo(ctx.AllocateScratch(length, out _));
                break;
            }
            default:
            {
                var dest = ctx.AllocateScratch(length, out _);
                ctx.Bytes(v).Slice(offset, length).CopyTo(dest);
                break;
            }
        }
    }

    // ---- arithmetic ------------------------------------------------------------------------------

    public static bool UnaryMinus(in FValue v, out FValue result)
    {
        result = v;
        switch (FtInfo.Of(v.Type).Storage)
        {
            case FtStorage.Unsigned32:
                if ((uint)v.Bits > int.MaxValue)
                    return false;
                result = FValue.SignedValue(FtKind.Int32, -(int)(uint)v.Bits);
                return true;
            case FtStorage.Unsigned64:
                if (v.Bits > long.MaxValue)
                    return false;
                result = FValue.SignedValue(FtKind.Int64, -(long)v.Bits);
                return true;
            case FtStorage.Signed32:
                result.Bits = (ulong)(long)unchecked(-(int)v.Bits);
                return true;
            case FtStorage.Signed64:
                result.Bits = (ulong)unchecked(-v.Signed);
                return true;
            case FtStorage.Floating:
                result = FValue.Floating(v.Type, -v.Double);
                return true;
            case FtStorage.Time:
                result = FValue.Time(v.Type, -v.Seconds, -v.Aux);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A binary operator with the left operand's type; false when the result is an error (dropped).</summary>
    public static bool Binary(EvalContext ctx, ArithmeticOp op, in FValue a, in FValue b, out FValue result)
    {
        result = a;
        switch (FtInfo.Of(a.Type).Storage)
        {
            case FtStorage.Unsigned32:
                return Unsigned32(op, a, b, ref result);
            case FtStorage.Unsigned64:
                return Unsigned64(op, a, b, ref result);
            case FtStorage.Signed32:
                return Signed32(op, (int)a.Bits, (int)b.Bits, ref result);
            case FtStorage.Signed64:
                return Signed64(op, a.Signed, b.Signed, ref result);
            case FtStorage.Floating:
            {
                double x = a.Double, y = b.Double;
                double r;
                switch (op)
                {
                    case ArithmeticOp.Add: r = x + y; break;
                    case ArithmeticOp.Subtract: r = x - y; break;
                    case ArithmeticOp.Multiply: r = x * y; break;
                    case ArithmeticOp.Divide: r = x / y; break;
                    default: return false;
                }
                result = FValue.Floating(a.Type, r);
                return true;
            }
            case FtStorage.Time:
            {
                long secs;
                long nanos;
                if (op == ArithmeticOp.Add)
                {
                    secs = a.Seconds + b.Seconds;
                    nanos = (long)a.Aux + b.Aux;
                }
                else if (op == ArithmeticOp.Subtract)
                {
                    secs = a.Seconds - b.Seconds;
                    nanos = (long)a.Aux - b.Aux;
                }
                else
                {
                    return false;
                }
                // nstime_sum / nstime_delta normalise the nanoseconds to the seconds' sign.
                if (nanos >= 1_000_000_000) { secs++; nanos -= 1_000_000_000; }
                else if (nanos <= -1_000_000_000) { secs--; nanos += 1_000_000_000; }
                if (secs > 0 && nanos < 0) { secs--; nanos += 1_000_000_000; }
                else if (secs < 0 && nanos > 0) { secs++; nanos -= 1_000_000_000; }
                result = FValue.Time(a.Type, secs, (int)nanos);
                return true;
            }
            case FtStorage.Bytes:
            {
                if (op != ArithmeticOp.BitwiseAnd)
                    return false;
                var x = ctx.Bytes(a);
                var y = ctx.Bytes(b);
                int n = Math.Min(x.Length, y.Length);
                var dest = ctx.AllocateScratch(n, out int start);
                x = ctx.Bytes(a);
                y = ctx.Bytes(b);
                for (int i = 0; i < n; i++)
                    dest[i] = (byte)(x[i] & y[i]);
                result = FValue.OfBytes(a.Type, ByteStore.Scratch, 0, start, n);
                return true;
            }
            case FtStorage.Ipv4:
                if (op != ArithmeticOp.BitwiseAnd)
                    return false;
                result.Bits = (uint)a.Bits & ((uint)b.Bits & b.Mask);
                return true;
            case FtStorage.Ipv6:
            {
                if (op != ArithmeticOp.BitwiseAnd)
                    return false;
                var dest = ctx.AllocateScratch(16, out int start);
                dest.Clear();
                var x = ctx.Bytes(a);
                var y = ctx.Bytes(b);
                int prefix = Math.Min(Math.Min(a.Aux, b.Aux), 128);
                int pos = 0;
                while (prefix >= 8 && pos < 16 && pos < x.Length && pos < y.Length)
                {
                    dest[pos] = (byte)(x[pos] & y[pos]);
                    prefix -= 8;
                    pos++;
                }
                if (prefix != 0 && pos < 16 && pos < x.Length && pos < y.Length)
                    dest[pos] = (byte)(x[pos] & y[pos] & (0xFF00 >> prefix));
                result = FValue.OfBytes(FtKind.Ipv6, ByteStore.Scratch, 0, start, 16);
                result.Aux = 128;
                return true;
            }
            default:
                return false;
        }
    }

    private static bool Unsigned32(ArithmeticOp op, in FValue a, in FValue b, ref FValue result)
    {
        uint x = (uint)a.Bits, y = (uint)b.Bits;
        uint r;
        switch (op)
        {
            case ArithmeticOp.BitwiseAnd:
                r = x & y;
                break;
            case ArithmeticOp.Add:
                r = unchecked(x + y);
                if (r < x)
                    return false;
                break;
            case ArithmeticOp.Subtract:
                if (y > x)
                {
                    if (x > int.MaxValue || y > int.MaxValue)
                        return false;
                    result = FValue.SignedValue(FtKind.Int32, (int)x - (int)y);
                    return true;
                }
                r = x - y;
                break;
            case ArithmeticOp.Multiply:
                ulong wide = (ulong)x * y;
                if (wide > uint.MaxValue)
                    return false;
                r = (uint)wide;
                break;
            case ArithmeticOp.Divide:
                if (y == 0)
                    return false;
                r = x / y;
                break;
            case ArithmeticOp.Modulo:
                if (y == 0)
                    return false;
                r = x % y;
                break;
            default:
                return false;
        }
        result.Bits = r;
        return true;
    }

    private static bool Unsigned64(ArithmeticOp op, in FValue a, in FValue b, ref FValue result)
    {
        ulong x = a.Bits, y = b.Bits;
        ulong r;
        switch (op)
        {
            case ArithmeticOp.BitwiseAnd:
                r = x & y;
                break;
            case ArithmeticOp.Add:
                r = unchecked(x + y);
                if (r < x)
                    return false;
                break;
            case ArithmeticOp.Subtract:
                if (y > x)
                {
                    if (x > long.MaxValue || y > long.MaxValue)
                        return false;
                    long s = (long)x - (long)y;
                    result = FValue.SignedValue(FtKind.Int64, s);
                    return true;
                }
                r = x - y;
                break;
            case ArithmeticOp.Multiply:
                if (a.Type == FtKind.Eui64)
                    return false;
                UInt128 wide = (UInt128)x * y;
                if (wide > ulong.MaxValue)
                    return false;
                r = (ulong)wide;
                break;
            case ArithmeticOp.Divide:
                if (y == 0 || a.Type == FtKind.Eui64)
                    return false;
                r = x / y;
                break;
            case ArithmeticOp.Modulo:
                if (y == 0 || a.Type == FtKind.Eui64)
                    return false;
                r = x % y;
                break;
            default:
                return false;
        }
        result.Bits = r;
        return true;
    }

    private static bool Signed32(ArithmeticOp op, int x, int y, ref FValue result)
    {
        long r;
        switch (op)
        {
            case ArithmeticOp.BitwiseAnd: r = x & y; break;
            case ArithmeticOp.Add: r = (long)x + y; break;
            case ArithmeticOp.Subtract: r = (long)x - y; break;
            case ArithmeticOp.Multiply: r = (long)x * y; break;
            case ArithmeticOp.Divide:
                if (y == 0 || (x == int.MinValue && y == -1))
                    return false;
                r = x / y;
                break;
            case ArithmeticOp.Modulo:
                if (y == 0 || (x == int.MinValue && y == -1))
                    return false;
                r = x % y;
                break;
            default:
                return false;
        }
        if (r is > int.MaxValue or < int.MinValue)
            return false;
        result.Bits = (ulong)r;
        return true;
    }

    private static bool Signed64(ArithmeticOp op, long x, long y, ref FValue result)
    {
        Int128 r;
        switch (op)
        {
            case ArithmeticOp.BitwiseAnd: r = x & y; break;
            case ArithmeticOp.Add: r = (Int128)x + y; break;
            case ArithmeticOp.Subtract: r = (Int128)x - y; break;
            case ArithmeticOp.Multiply: r = (Int128)x * y; break;
            case ArithmeticOp.Divide:
                if (y == 0 || (x == long.MinValue && y == -1))
                    return false;
                r = x / y;
                break;
            case ArithmeticOp.Modulo:
                if (y == 0 || (x == long.MinValue && y == -1))
                    return false;
                r = x % y;
                break;
            default:
                return false;
        }
        if (r > long.MaxValue || r < long.MinValue)
            return false;
        result.Bits = (ulong)(long)r;
        return true;
    }

    // ---- text ------------------------------------------------------------------------------------

    /// <summary>fvalue_to_string_repr(FTREPR_DFILTER, BASE_NONE) into the scratch buffer, for string().</summary>
    public static bool ToText(EvalContext ctx, in FValue v, out FValue text)
    {
        string s;
        switch (FtInfo.Of(v.Type).Storage)
        {
            case FtStorage.Unsigned32:
                s = ((uint)v.Bits).ToString(CultureInfo.InvariantCulture);
                break;
            case FtStorage.Unsigned64:
                s = v.Type == FtKind.Eui64 ? Colons(BitConverter.GetBytes(BinaryPrimitives.ReverseEndianness(v.Bits))) : v.Bits.ToString(CultureInfo.InvariantCulture);
                break;
            case FtStorage.Signed32:
                s = ((int)v.Bits).ToString(CultureInfo.InvariantCulture);
                break;
            case FtStorage.Signed64:
                s = v.Signed.ToString(CultureInfo.InvariantCulture);
                break;
            case FtStorage.Floating:
                s = v.Double.ToString("G17", CultureInfo.InvariantCulture).Replace('E', 'e');
                break;
            case FtStorage.Ipv4:
            {
                uint a = (uint)v.Bits;
                s = $"{a >> 24}.{a >> 16 & 0xFF}.{a >> 8 & 0xFF}.{a & 0xFF}";
                break;
            }
            case FtStorage.Ipv6:
                s = new System.Net.IPAddress(ctx.Bytes(v)).ToString();
                break;
            case FtStorage.Bytes when v.Type == FtKind.Oid:
                // oid_to_repr: the dotted arcs ("1.2.840.113549.1.1.11"), not the encoded bytes.
                s = Model.ObjectIdentifiers.ToDotted(ctx.Bytes(v));
                break;
            case FtStorage.Bytes:
            case FtStorage.Guid:
                s = Colons(ctx.Bytes(v));
                break;
            default:
                text = default;
                return false;
        }
        var bytes = Encoding.UTF8.GetBytes(s);
        bytes.CopyTo(ctx.AllocateScratch(bytes.Length, out int start));
        text = FValue.OfBytes(FtKind.String, ByteStore.Scratch, 0, start, bytes.Length);
        return true;
    }

    private static string Colons(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length * 3);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (i > 0)
                sb.Append(':');
            sb.Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
