using System.Net;
using System.Runtime.CompilerServices;
using Ecosystem.DataLake.Zones;
using Minio;
using Minio.DataModel.Args;
using Minio.Exceptions;

namespace Ecosystem.DataLake.Storage;

/// <summary>
/// Any S3 endpoint (MinIO in production) through the Minio SDK. One bucket per zone: <c>{prefix}{zone}</c>.
/// User metadata travels as <c>x-amz-meta-*</c> headers; promotion between zones is a server-side copy.
/// Minio types never leave this class.
/// </summary>
public sealed class S3ObjectStore : IObjectStore, IDisposable
{
    private const string MetaPrefix = "x-amz-meta-";
    private static readonly HashSet<string> StandardHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Content-Encoding", "Content-Disposition", "Content-Language", "Cache-Control", "Expires", "ETag", "Last-Modified",
    };
    private readonly IMinioClient _client;
    private readonly string _bucketPrefix;
    private readonly string _tempDirectory;

    public S3ObjectStore(S3StoreSettings settings, string tempDirectory)
    {
        var endpoint = settings.Endpoint;
        _client = new MinioClient()
            .WithEndpoint(endpoint)
            .WithCredentials(settings.AccessKey, settings.SecretKey)
            .WithSSL(settings.Secure)
            .WithRegion(settings.Region)
            .Build();
        _bucketPrefix = settings.BucketPrefix;
        _tempDirectory = tempDirectory;
    }

    public string BucketOf(Zone zone) => _bucketPrefix + zone.FolderName();

    public async Task EnsureZonesAsync(CancellationToken cancellationToken)
    {
        foreach (var zone in ZoneNames.All)
        {
            var bucket = BucketOf(zone);
            if (!await _client.BucketExistsAsync(new BucketExistsArgs().WithBucket(bucket), cancellationToken))
            {
                await _client.MakeBucketAsync(new MakeBucketArgs().WithBucket(bucket), cancellationToken);
            }
        }
    }

    public async Task<StoredObject> PutAsync(Zone zone, string key, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        ObjectKeyValidator.Validate(key);
        var args = new PutObjectArgs()
            .WithBucket(BucketOf(zone))
            .WithObject(key)
            .WithStreamData(content)
            .WithObjectSize(content.CanSeek ? content.Length - content.Position : -1)
            .WithContentType("application/octet-stream")
            .WithHeaders(ToHeaders(metadata));
        var response = await _client.PutObjectAsync(args, cancellationToken);
        return new StoredObject(zone, key, response.Size, Normalize(metadata));
    }

    public async Task<StoredObject?> StatAsync(Zone zone, string key, CancellationToken cancellationToken)
    {
        ObjectKeyValidator.Validate(key);
        try
        {
            var stat = await _client.StatObjectAsync(new StatObjectArgs().WithBucket(BucketOf(zone)).WithObject(key), cancellationToken);
            return new StoredObject(zone, key, stat.Size, FromHeaders(stat.MetaData));
        }
        catch (Exception ex) when (IsNotFound(ex))
        {
            return null;
        }
    }

    public async Task<Stream> OpenReadAsync(Zone zone, string key, CancellationToken cancellationToken)
    {
        ObjectKeyValidator.Validate(key);
        Directory.CreateDirectory(_tempDirectory);
        var temp = Path.Combine(_tempDirectory, $"s3-{Guid.NewGuid():N}.download");
        var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, LakeIo.BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await _client.GetObjectAsync(
                new GetObjectArgs().WithBucket(BucketOf(zone)).WithObject(key)
                    .WithCallbackStream(async (body, token) => await body.CopyToAsync(file, LakeIo.BufferSize, token)),
                cancellationToken);
            file.Position = 0;
            return file;
        }
        catch (Exception ex)
        {
            await file.DisposeAsync();
            if (IsNotFound(ex))
            {
                throw new ObjectNotFoundException(zone, key);
            }

            throw;
        }
    }

    public async Task<byte[]> ReadHeadAsync(Zone zone, string key, int count, CancellationToken cancellationToken)
    {
        var stat = await StatAsync(zone, key, cancellationToken) ?? throw new ObjectNotFoundException(zone, key);
        var length = (int)Math.Min(count, stat.Size);
        if (length == 0)
        {
            return [];
        }

        // Ranged GETs come back as 206, which this SDK version reports as an error; read the head off a plain GET
        // and stop: the rest of the body is never transferred into memory.
        var buffer = new byte[length];
        await _client.GetObjectAsync(
            new GetObjectArgs().WithBucket(BucketOf(zone)).WithObject(key)
                .WithCallbackStream(async (body, token) => await body.ReadExactlyAsync(buffer, token)),
            cancellationToken);
        return buffer;
    }

    public async Task CopyAsync(Zone fromZone, string fromKey, Zone toZone, string toKey, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        ObjectKeyValidator.Validate(fromKey);
        ObjectKeyValidator.Validate(toKey);
        var args = new CopyObjectArgs()
            .WithBucket(BucketOf(toZone))
            .WithObject(toKey)
            .WithCopyObjectSource(new CopySourceObjectArgs().WithBucket(BucketOf(fromZone)).WithObject(fromKey));
        if (metadata is not null)
        {
            args = args.WithHeaders(ToHeaders(metadata)).WithReplaceMetadataDirective(true);
        }

        try
        {
            await _client.CopyObjectAsync(args, cancellationToken);
        }
        catch (Exception ex) when (IsNotFound(ex))
        {
            throw new ObjectNotFoundException(fromZone, fromKey);
        }
    }

    public async Task MoveAsync(Zone zone, string fromKey, string toKey, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        await CopyAsync(zone, fromKey, zone, toKey, metadata, cancellationToken);
        await DeleteAsync(zone, fromKey, cancellationToken);
    }

    public async Task DeleteAsync(Zone zone, string key, CancellationToken cancellationToken)
    {
        ObjectKeyValidator.Validate(key);
        try
        {
            await _client.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(BucketOf(zone)).WithObject(key), cancellationToken);
        }
        catch (Exception ex) when (IsNotFound(ex))
        {
            // Deleting a missing object is not an error.
        }
    }

    public async IAsyncEnumerable<StoredObject> ListAsync(Zone zone, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var args = new ListObjectsArgs().WithBucket(BucketOf(zone)).WithRecursive(true);
        if (prefix.Length > 0)
        {
            args = args.WithPrefix(prefix);
        }

        await foreach (var item in _client.ListObjectsEnumAsync(args, cancellationToken))
        {
            if (item.IsDir)
            {
                continue;
            }

            yield return new StoredObject(zone, item.Key, (long)item.Size, ObjectMetadataKeys.Empty);
        }
    }

    public void Dispose() => (_client as IDisposable)?.Dispose();

    private static Dictionary<string, string> ToHeaders(IReadOnlyDictionary<string, string> metadata) =>
        metadata.ToDictionary(pair => MetaPrefix + pair.Key.ToLowerInvariant(), pair => pair.Value, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> FromHeaders(IReadOnlyDictionary<string, string>? headers)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (headers is null)
        {
            return metadata;
        }

        // The SDK hands user metadata back with the x-amz-meta- prefix stripped, next to standard headers.
        foreach (var (name, value) in headers)
        {
            var key = name.StartsWith(MetaPrefix, StringComparison.OrdinalIgnoreCase) ? name[MetaPrefix.Length..] : name;
            if (!StandardHeaders.Contains(key))
            {
                metadata[key.ToLowerInvariant()] = value;
            }
        }

        return metadata;
    }

    private static Dictionary<string, string> Normalize(IReadOnlyDictionary<string, string> metadata) =>
        metadata.ToDictionary(pair => pair.Key.ToLowerInvariant(), pair => pair.Value, StringComparer.Ordinal);

    private static bool IsNotFound(Exception ex) => ex switch
    {
        ObjectNotFoundException => true,
        Minio.Exceptions.ObjectNotFoundException => true,
        BucketNotFoundException => false,
        ErrorResponseException response => response.Response?.Code is "NoSuchKey" or "NotFound" || response.Response?.Code is null && ex.Message.Contains("Not found", StringComparison.OrdinalIgnoreCase),
        _ => ex.InnerException is HttpRequestException { StatusCode: HttpStatusCode.NotFound },
    };
}
