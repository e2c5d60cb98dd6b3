using System.Text;
using Sniffer.Dissectors.Filter.Evaluation;

namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// Turns what a filter writes into values of a field type, with Wireshark 4.0's messages when it cannot:
/// val_from_literal (unquoted words), val_from_string (quoted strings) and val_from_charconst ('a').
/// </summary>
internal static class FtLiteral
{
    /// <summary>fvalue_from_literal.</summary>
    public static bool FromLiteral(FtKind type, string s, bool allowPartial, EvalContext ctx, out FValue value, out string? error)
    {
        value = default;
        error = null;
        var info = FtInfo.Of(type);
        if (!info.Can(FtOps.FromLiteral))
        {
            error = $"\"{s}\" cannot be converted to {info.PrettyName}.";
            return false;
        }
        switch (type)
        {
            case FtKind.UInt8:
            case FtKind.Char:
                return UnsignedLiteral(type, s, 0xFF, out value, out error);
            case FtKind.UInt16:
                return UnsignedLiteral(type, s, 0xFFFF, out value, out error);
            case FtKind.UInt24:
                return UnsignedLiteral(type, s, 0xFFFFFF, out value, out error);
            case FtKind.UInt32:
            case FtKind.FrameNum:
                return UnsignedLiteral(type, s, uint.MaxValue, out value, out error);
            case FtKind.UInt40:
                return Unsigned64Literal(type, s, 0xFF_FFFF_FFFFUL, out value, out error);
            case FtKind.UInt48:
                return Unsigned64Literal(type, s, 0xFFFF_FFFF_FFFFUL, out value, out error);
            case FtKind.UInt56:
                return Unsigned64Literal(type, s, 0xFF_FFFF_FFFF_FFFFUL, out value, out error);
            case FtKind.UInt64:
                return Unsigned64Literal(type, s, ulong.MaxValue, out value, out error);
            case FtKind.Int8:
                return SignedLiteral(type, s, sbyte.MaxValue, sbyte.MinValue, out value, out error);
            case FtKind.Int16:
                return SignedLiteral(type, s, short.MaxValue, short.MinValue, out value, out error);
            case FtKind.Int24:
                return SignedLiteral(type, s, 0x7FFFFF, -0x800000, out value, out error);
            case FtKind.Int32:
                return SignedLiteral(type, s, int.MaxValue, int.MinValue, out value, out error);
            case FtKind.Int40:
                return Signed64Literal(type, s, 0x7F_FFFF_FFFFL, -0x80_0000_0000L, out value, out error);
            case FtKind.Int48:
                return Signed64Literal(type, s, 0x7FFF_FFFF_FFFFL, -0x8000_0000_0000L, out value, out error);
            case FtKind.Int56:
                return Signed64Literal(type, s, 0x7F_FFFF_FFFF_FFFFL, -0x80_0000_0000_0000L, out value, out error);
            case FtKind.Int64:
                return Signed64Literal(type, s, long.MaxValue, long.MinValue, out value, out error);
            case FtKind.Boolean:
                if (s is "True" or "TRUE")
                {
                    value = FValue.Unsigned(type, 1);
                    return true;
                }
                if (s is "False" or "FALSE")
                {
                    value = FValue.Unsigned(type, 0);
                    return true;
                }
                return Unsigned64Literal(type, s, ulong.MaxValue, out value, out error);
            case FtKind.IpxNet:
                if (UnsignedLiteral(type, s, uint.MaxValue, out value, out _))
                    return true;
                error = $"\"{s}\" is not a valid IPX network address.";
                return false;
            case FtKind.Eui64:
            {
                if (Unsigned64Literal(type, s, ulong.MaxValue, out value, out _))
                    return true;
                var bytes = ByteLiterals.HexStringToBytes(s, forceSeparators: true);
                if (bytes is null || bytes.Length != 8)
                {
                    error = $"\"{s}\" is not a valid EUI-64 address.";
                    return false;
                }
                value = FValue.Unsigned(type, System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes));
                return true;
            }
            case FtKind.Float:
            case FtKind.Double:
            case FtKind.Ieee11073SFloat:
            case FtKind.Ieee11073Float:
                return DoubleLiteral(type, s, out value, out error);
            case FtKind.AbsoluteTime:
                if (!TimeLiterals.TryParseAbsolute(s, out long secs, out int nanos, out error))
                    return false;
                value = FValue.Time(type, secs, nanos);
                return true;
            case FtKind.RelativeTime:
                if (!TimeLiterals.TryParseRelative(s, out secs, out nanos))
                {
                    error = $"\"{s}\" is not a valid time.";
                    return false;
                }
                value = FValue.Time(type, secs, nanos);
                return true;
            case FtKind.String:
            case FtKind.StringZ:
            case FtKind.UIntString:
            case FtKind.StringZPad:
            case FtKind.StringZTrunc:
                value = ctx.AddConstant(type, Encoding.UTF8.GetBytes(s));
                return true;
            case FtKind.Bytes:
            case FtKind.UIntBytes:
            {
                var bytes = ByteLiterals.ByteArrayFromLiteral(s, out error);
                if (bytes is null)
                    return false;
                value = ctx.AddConstant(type, bytes);
                return true;
            }
            case FtKind.Protocol:
            {
                var bytes = ByteLiterals.ByteArrayFromLiteral(s, out error);
                if (bytes is null)
                    return false;
                value = ctx.AddConstant(type, bytes);
                return true;
            }
            case FtKind.Ether:
                return SizedBytes(type, s, 6, "Ethernet address", allowPartial, true, ctx, out value, out error);
            case FtKind.Ax25:
                return SizedBytes(type, s, 7, "AX.25 address", allowPartial, true, ctx, out value, out error);
            case FtKind.Vines:
                return SizedBytes(type, s, 6, "Vines address", allowPartial, true, ctx, out value, out error);
            case FtKind.FcWwn:
                return SizedBytes(type, s, 8, "FCWWN", allowPartial: true, checkShort: false, ctx, out value, out error);
            case FtKind.SystemId:
                return SizedBytes(type, s, 8, "OSI System-ID", allowPartial: true, checkShort: false, ctx, out value, out error);
            case FtKind.Oid:
            case FtKind.RelOid:
            {
                var bytes = ByteLiterals.OidToBytes(s, absolute: type == FtKind.Oid);
                if (bytes is null)
                {
                    error = type == FtKind.Oid ? $"\"{s}\" is not a valid OBJECT IDENTIFIER." : $"\"{s}\" is not a valid RELATIVE-OID.";
                    return false;
                }
                value = ctx.AddConstant(type, bytes);
                return true;
            }
            case FtKind.Guid:
                return GuidLiteral(s, ctx, out value, out error);
            case FtKind.Ipv4:
                return Ipv4Literal(s, out value, out error);
            case FtKind.Ipv6:
                return Ipv6Literal(s, ctx, out value, out error);
            default:
                error = $"\"{s}\" cannot be converted to {info.PrettyName}.";
                return false;
        }
    }

    /// <summary>fvalue_from_string: a quoted string's bytes as a value of <paramref name="type"/>.</summary>
    public static bool FromString(FtKind type, byte[] s, EvalContext ctx, out FValue value, out string? error)
    {
        value = default;
        error = null;
        var info = FtInfo.Of(type);
        if (!info.Can(FtOps.FromString))
        {
            error = $"{info.PrettyName} cannot be converted from a string (\"{Display(s)}\").";
            return false;
        }
        if (type == FtKind.AbsoluteTime)
        {
            if (!TimeLiterals.TryParseAbsolute(Display(s), out long secs, out int nanos, out error))
                return false;
            value = FValue.Time(type, secs, nanos);
            return true;
        }
        // Strings, byte arrays and protocols take the bytes as they are.
        value = ctx.AddConstant(type, s);
        return true;
    }

    /// <summary>fvalue_from_charconst.</summary>
    public static bool FromCharConst(FtKind type, ulong number, EvalContext ctx, out FValue value, out string? error)
    {
        value = default;
        error = null;
        var info = FtInfo.Of(type);
        if (!info.Can(FtOps.FromCharConst))
        {
            error = number <= 0x7f && number >= 0x20 && number < 0x7f
                ? $"Character constant '{(char)number}' (0x{number:x}) cannot be converted to {info.PrettyName}."
                : $"Character constant 0x{number:x} cannot be converted to {info.PrettyName}.";
            return false;
        }
        switch (info.Storage)
        {
            case FtStorage.Unsigned32:
                value = FValue.Unsigned(type, (uint)number);
                return true;
            case FtStorage.Unsigned64:
            case FtStorage.Boolean:
                value = FValue.Unsigned(type, number);
                return true;
            case FtStorage.Signed32:
                value = FValue.SignedValue(type, (int)number);
                return true;
            case FtStorage.Signed64:
                value = FValue.SignedValue(type, (long)number);
                return true;
            default:
                if (number > 0xFF)
                {
                    error = $"{number} is too large for a byte value";
                    return false;
                }
                value = ctx.AddConstant(type, [(byte)number]);
                return true;
        }
    }

    /// <summary>A string's bytes as printed in messages (UTF-8 text).</summary>
    public static string Display(byte[] s)
    {
        int nul = Array.IndexOf(s, (byte)0);
        return Encoding.UTF8.GetString(s, 0, nul < 0 ? s.Length : nul);
    }

    private static bool UnsignedLiteral(FtKind type, string s, ulong max, out FValue value, out string? error)
    {
        value = default;
        if (!ParseUnsigned(s, out ulong v, out error))
            return false;
        if (v > max)
        {
            error = $"\"{s}\" too big for this field, maximum {max}.";
            return false;
        }
        value = FValue.Unsigned(type, v);
        return true;
    }

    /// <summary>binary_strtoul / binary_strtoull with Wireshark's checks (one message set for both widths).</summary>
    private static bool ParseUnsigned(string s, out ulong v, out string? error)
    {
        error = null;
        CNumbers.Status status;
        int end;
        if (s.Length >= 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        {
            status = CNumbers.StrToUInt64(s, 2, 2, out v, out end);
            if (status == CNumbers.Status.NoDigits)
                end = 2;
        }
        else
        {
            status = CNumbers.StrToUInt64(s, 0, 0, out v, out end);
        }
        if ((status == CNumbers.Status.NoDigits && end == 0) || end == 0 || end != s.Length)
        {
            error = $"\"{s}\" is not a valid number.";
            return false;
        }
        if (status == CNumbers.Status.Range)
        {
            error = $"\"{s}\" causes an integer overflow.";
            return false;
        }
        return true;
    }

    private static bool Unsigned64Literal(FtKind type, string s, ulong max, out FValue value, out string? error) =>
        UnsignedLiteral(type, s, max, out value, out error);

    private static bool ParseSigned(string s, out long v, out string? error)
    {
        error = null;
        CNumbers.Status status;
        int end;
        if (s.Length >= 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        {
            status = CNumbers.StrToInt64(s, 2, 2, out v, out end);
            if (status == CNumbers.Status.NoDigits)
                end = 2;
        }
        else
        {
            status = CNumbers.StrToInt64(s, 0, 0, out v, out end);
        }
        if (end == 0 || end != s.Length)
        {
            error = $"\"{s}\" is not a valid number.";
            return false;
        }
        if (status == CNumbers.Status.Range)
        {
            error = v == long.MaxValue ? $"\"{s}\" causes an integer overflow." : $"\"{s}\" causes an integer underflow.";
            return false;
        }
        return true;
    }

    private static bool SignedLiteral(FtKind type, string s, long max, long min, out FValue value, out string? error)
    {
        value = default;
        if (!ParseSigned(s, out long v, out error))
            return false;
        if (v > max)
        {
            error = $"\"{s}\" too big for this field, maximum {max}.";
            return false;
        }
        if (v < min)
        {
            error = $"\"{s}\" too small for this field, minimum {min}.";
            return false;
        }
        value = FValue.SignedValue(type, v);
        return true;
    }

    private static bool Signed64Literal(FtKind type, string s, long max, long min, out FValue value, out string? error)
    {
        value = default;
        if (!ParseSigned(s, out long v, out error))
            return false;
        if (v > max)
        {
            error = $"\"{s}\" too big for this field, maximum {(ulong)max}.";
            return false;
        }
        if (v < min)
        {
            // Wireshark 4.0 prints the maximum in this message too.
            error = $"\"{s}\" too small for this field, maximum {(ulong)max}.";
            return false;
        }
        value = FValue.SignedValue(type, v);
        return true;
    }

    private static bool DoubleLiteral(FtKind type, string s, out FValue value, out string? error)
    {
        value = default;
        error = null;
        var status = CNumbers.StrToDouble(s, 0, out double d, out int end);
        if (status == CNumbers.Status.NoDigits || end == 0 || end != s.Length)
        {
            error = $"\"{s}\" is not a valid floating-point number.";
            return false;
        }
        if (status == CNumbers.Status.Range)
        {
            error = d == 0 ? $"\"{s}\" causes floating-point underflow."
                : double.IsPositiveInfinity(d) ? $"\"{s}\" causes floating-point overflow."
                : $"\"{s}\" is not a valid floating-point number.";
            return false;
        }
        value = FValue.Floating(type, d);
        return true;
    }

    private static bool SizedBytes(FtKind type, string s, int size, string what, bool allowPartial, bool checkShort, EvalContext ctx,
        out FValue value, out string? error)
    {
        value = default;
        error = null;
        var bytes = ByteLiterals.ByteArrayFromLiteral(s, out _);
        if (bytes is null)
        {
            error = $"\"{s}\" is not a valid {what}.";
            return false;
        }
        if (bytes.Length > size)
        {
            error = $"\"{s}\" contains too many bytes to be a valid {what}.";
            return false;
        }
        if (checkShort && bytes.Length < size && !allowPartial)
        {
            error = $"\"{s}\" contains too few bytes to be a valid {what}.";
            return false;
        }
        value = ctx.AddConstant(type, bytes);
        return true;
    }

    private static bool GuidLiteral(string s, EvalContext ctx, out FValue value, out string? error)
    {
        value = default;
        error = null;
        const string format = "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";
        bool ok = s.Length >= format.Length;
        for (int i = 0; ok && i < format.Length; i++)
            ok = format[i] == 'X' ? char.IsAsciiHexDigit(s[i]) : s[i] == format[i];
        if (!ok)
        {
            error = $"\"{s}\" is not a valid GUID.";
            return false;
        }
        var bytes = Convert.FromHexString(s[..format.Length].Replace("-", "", StringComparison.Ordinal));
        value = ctx.AddConstant(FtKind.Guid, bytes);
        return true;
    }

    private static bool Ipv4Literal(string s, out FValue value, out string? error)
    {
        value = default;
        error = null;
        int slash = s.IndexOf('/');
        string address = slash >= 0 ? s[..slash] : s;
        if (!ByteLiterals.TryParseIpv4(address, out uint addr))
        {
            error = $"\"{address}\" is not a valid hostname or IPv4 address.";
            return false;
        }
        uint mask = uint.MaxValue;
        if (slash >= 0)
        {
            if (!UnsignedLiteral(FtKind.UInt32, s[(slash + 1)..], uint.MaxValue, out var bits, out error))
                return false;
            if (bits.Bits > 32)
            {
                error = $"Netmask bits in a CIDR IPv4 address should be <= 32, not {bits.Bits}";
                return false;
            }
            mask = bits.Bits == 0 ? 0 : uint.MaxValue << (int)(32 - bits.Bits);
        }
        value = FValue.Ipv4(addr, mask);
        return true;
    }

    private static bool Ipv6Literal(string s, EvalContext ctx, out FValue value, out string? error)
    {
        value = default;
        error = null;
        int slash = s.IndexOf('/');
        string address = slash >= 0 ? s[..slash] : s;
        var bytes = new byte[16];
        if (!ByteLiterals.TryParseIpv6(address, bytes))
        {
            error = $"\"{s}\" is not a valid hostname or IPv6 address.";
            return false;
        }
        int prefix = 128;
        if (slash >= 0)
        {
            if (!UnsignedLiteral(FtKind.UInt32, s[(slash + 1)..], uint.MaxValue, out var bits, out error))
                return false;
            if (bits.Bits > 128)
            {
                error = $"Prefix in a IPv6 address should be <= 128, not {bits.Bits}";
                return false;
            }
            prefix = (int)bits.Bits;
        }
        value = ctx.AddConstant(FtKind.Ipv6, bytes);
        value.Aux = prefix;
        return true;
    }
}
