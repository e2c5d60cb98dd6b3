using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>A fact that uses the openssl command line as an independent oracle; skipped with the reason when it is absent.</summary>
public sealed class OpensslFactAttribute : FactAttribute
{
    public OpensslFactAttribute()
    {
        if (!ExternalTools.Has("openssl"))
            Skip = "openssl is not installed (apt-get install -y openssl)";
    }
}
