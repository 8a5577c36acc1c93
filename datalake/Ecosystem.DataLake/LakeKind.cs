namespace Ecosystem.DataLake;

public enum LakeKind
{
    /// <summary>A folder on this machine (the embedded default).</summary>
    Local,

    /// <summary>Any S3 endpoint, MinIO in production.</summary>
    S3,
}
