using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Ecosystem.DataLake;

/// <summary>
/// Lake settings, read from the environment (or <c>.env</c>) as <c>ECO_*</c> variables. Every key is listed in
/// <c>.env.example</c> with its default.
/// </summary>
public sealed class LakeOptions : IValidatableObject
{
    /// <summary>Environment prefix; the configuration keys below are the names without it.</summary>
    public const string EnvironmentPrefix = "ECO_";

    [ConfigurationKeyName("DATA_DIR")]
    [Required]
    public string DataDirectory { get; set; } = "./data";

    [ConfigurationKeyName("LAKE")]
    public LakeKind Lake { get; set; } = LakeKind.Local;

    [ConfigurationKeyName("S3_ENDPOINT")]
    public string? S3Endpoint { get; set; }

    [ConfigurationKeyName("S3_ACCESS_KEY")]
    public string? S3AccessKey { get; set; }

    [ConfigurationKeyName("S3_SECRET_KEY")]
    public string? S3SecretKey { get; set; }

    [ConfigurationKeyName("S3_SECURE")]
    public bool S3Secure { get; set; } = true;

    [ConfigurationKeyName("S3_BUCKET_PREFIX")]
    [RegularExpression("^[a-z0-9][a-z0-9.-]{0,40}$", ErrorMessage = "ECO_S3_BUCKET_PREFIX must be lower-case letters, digits, '.' or '-' (bucket-name rules).")]
    public string S3BucketPrefix { get; set; } = "eco-";

    [ConfigurationKeyName("S3_REGION")]
    public string S3Region { get; set; } = "us-east-1";

    /// <summary>Share of rejected rows (0..1) above which a whole file is quarantined instead of staged.</summary>
    [ConfigurationKeyName("REJECT_THRESHOLD")]
    [Range(0.0, 1.0, ErrorMessage = "ECO_REJECT_THRESHOLD must be between 0 and 1.")]
    public double RejectThreshold { get; set; } = 0.05;

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);

    public string ManifestPath => Path.Combine(FullDataDirectory, "manifest.db");

    public string TempDirectory => Path.Combine(FullDataDirectory, "tmp");

    public string LockPath => Path.Combine(FullDataDirectory, "eco.lock");

    public Storage.S3StoreSettings S3 => new(S3Endpoint ?? string.Empty, S3AccessKey ?? string.Empty, S3SecretKey ?? string.Empty, S3Secure, S3BucketPrefix, S3Region);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lake != LakeKind.S3)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(S3Endpoint))
        {
            yield return new ValidationResult("ECO_LAKE=s3 needs ECO_S3_ENDPOINT (host:port, no scheme).", [nameof(S3Endpoint)]);
        }
        else if (S3Endpoint.Contains("://", StringComparison.Ordinal))
        {
            yield return new ValidationResult("ECO_S3_ENDPOINT is host:port without a scheme; use ECO_S3_SECURE for TLS.", [nameof(S3Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(S3AccessKey) || string.IsNullOrWhiteSpace(S3SecretKey))
        {
            yield return new ValidationResult("ECO_LAKE=s3 needs ECO_S3_ACCESS_KEY and ECO_S3_SECRET_KEY.", [nameof(S3AccessKey)]);
        }
    }
}
