using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Tests.Tls;

/// <summary>Whatever bytes arrive as a record, and whatever buffer comes with them, decryptors answer with a reason.</summary>
public class DecryptorRobustnessTests
{
    private static IEnumerable<TlsRecordDecryptor> EveryKindOfDecryptor()
    {
        byte[] master = new byte[48], random = new byte[32];
        foreach (var (id, version, encryptThenMac) in new (ushort, ushort, bool)[]
                 {
                     (0xC02F, TlsVersions.Tls12, false), (0xCCA8, TlsVersions.Tls12, false), (0xC0AE, TlsVersions.Tls12, false),
                     (0xC013, TlsVersions.Tls12, false), (0xC013, TlsVersions.Tls12, true), (0xC013, TlsVersions.Tls10, false),
                 })
        {
            CipherSuites.TryGet(id, out var suite);
            Tls12KeyMaterial.TryDerive(suite!, version, master, random, random, out var keys);
            yield return keys!.CreateClientDecryptor(encryptThenMac);
        }
        CipherSuites.TryGet(0x1302, out var tls13);
        yield return new Tls13RecordDecryptor(tls13!, new byte[48]);
    }

    [Fact]
    public void Random_records_and_buffers_never_throw_and_never_decrypt()
    {
        var decryptors = EveryKindOfDecryptor().ToList();
        var records = ArbMap.Default.ArbFor<byte[]>();
        Prop.ForAll(records, Gen.Choose(0, 600).ToArbitrary(), (record, bufferLength) =>
        {
            record ??= [];
            foreach (var decryptor in decryptors)
            {
                var status = decryptor.Decrypt(record, new byte[bufferLength], out var decrypted);
                if (status == TlsDecryptStatus.Ok || decrypted.Length != 0 || decryptor.SequenceNumber != 0)
                    return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
        decryptors.ForEach(d => d.Dispose());
    }

    [Fact]
    public void Random_fragments_with_a_truthful_header_never_throw()
    {
        var decryptors = EveryKindOfDecryptor().ToList();
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), ArbMap.Default.ArbFor<byte>(), (fragment, type) =>
        {
            fragment ??= [];
            foreach (var decryptor in decryptors)
            {
                var status = decryptor.Decrypt(type, 0x0303, fragment, new byte[TlsRecordDecryptor.MaxFragmentLength], out _);
                if (status == TlsDecryptStatus.Ok)
                    return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
        decryptors.ForEach(d => d.Dispose());
    }
}
