using Ecosystem.DataLake.Storage;

namespace Ecosystem.DataLake.Tests.Fakes;

/// <summary>
/// The real S3 server the tests run against (tests/s3/swift-s3.sh, started by tests/run-all.sh), found through
/// ECO_TEST_S3_ENDPOINT / _ACCESS_KEY / _SECRET_KEY. There is no silent skip: without the server these tests fail
/// and say how to start it.
/// </summary>
internal static class S3TestServer
{
    public static S3StoreSettings Settings(string bucketPrefix)
    {
        var endpoint = Environment.GetEnvironmentVariable("ECO_TEST_S3_ENDPOINT");
        var accessKey = Environment.GetEnvironmentVariable("ECO_TEST_S3_ACCESS_KEY");
        var secretKey = Environment.GetEnvironmentVariable("ECO_TEST_S3_SECRET_KEY");
        if (string.IsNullOrEmpty(endpoint) || string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
        {
            throw new InvalidOperationException(
                "No S3 server for the tests: run tests/run-all.sh (it installs and starts one on 127.0.0.1), " +
                "or start tests/s3/swift-s3.sh yourself and export the ECO_TEST_S3_* lines it prints.");
        }

        return new S3StoreSettings(endpoint, accessKey, secretKey, Secure: false, bucketPrefix, "us-east-1");
    }

    /// <summary>A bucket prefix of its own per test, so tests never see each other's objects.</summary>
    public static string UniquePrefix() => $"t{Guid.NewGuid():N}"[..12] + "-";
}
