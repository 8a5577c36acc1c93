using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Tests.Fakes;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Tests.Storage;

/// <summary>The same contract against a real S3 server on 127.0.0.1 (see <see cref="S3TestServer"/>).</summary>
public sealed class S3ObjectStoreTests : ObjectStoreContract
{
    private readonly string _prefix = S3TestServer.UniquePrefix();

    protected override IObjectStore CreateStore() => new S3ObjectStore(S3TestServer.Settings(_prefix), TestFiles.TempFolder());

    [Fact]
    public void Zones_AreBucketsNamedPrefixPlusZone() =>
        Assert.Equal(_prefix + "curated", ((S3ObjectStore)Store).BucketOf(Zone.Curated));

    [Fact]
    public void Settings_NeverPrintTheSecret()
    {
        var settings = S3TestServer.Settings(_prefix);

        Assert.DoesNotContain(settings.SecretKey, settings.ToString(), StringComparison.Ordinal);
    }
}
