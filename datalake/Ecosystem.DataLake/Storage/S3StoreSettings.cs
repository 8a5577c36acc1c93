namespace Ecosystem.DataLake.Storage;

/// <summary>Where the S3 lake lives. <see cref="ToString"/> never prints the secret.</summary>
public sealed record S3StoreSettings(string Endpoint, string AccessKey, string SecretKey, bool Secure, string BucketPrefix, string Region)
{
    public override string ToString() =>
        $"S3StoreSettings {{ Endpoint = {Endpoint}, AccessKey = {AccessKey}, SecretKey = ***, Secure = {Secure}, BucketPrefix = {BucketPrefix}, Region = {Region} }}";
}
