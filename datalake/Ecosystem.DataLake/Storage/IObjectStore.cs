using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Storage;

/// <summary>
/// The lake's one storage port. Keys are '/'-separated paths inside a zone. Metadata keys are lower-case
/// (for example <c>sha256</c>); values are ASCII. A put replaces the object atomically: readers see the old
/// bytes or the new, never a mix.
/// </summary>
public interface IObjectStore
{
    /// <summary>Creates the zones (buckets or folders) that do not exist yet.</summary>
    Task EnsureZonesAsync(CancellationToken cancellationToken);

    /// <summary>Streams <paramref name="content"/> into the object; never buffers the whole object in memory.</summary>
    Task<StoredObject> PutAsync(Zone zone, string key, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken);

    /// <summary>The object's size and metadata, or null when it does not exist.</summary>
    Task<StoredObject?> StatAsync(Zone zone, string key, CancellationToken cancellationToken);

    /// <summary>A seekable read stream over the object. Throws <see cref="ObjectNotFoundException"/> when missing.</summary>
    Task<Stream> OpenReadAsync(Zone zone, string key, CancellationToken cancellationToken);

    /// <summary>The first <paramref name="count"/> bytes of the object (fewer when it is shorter), without reading the rest.</summary>
    Task<byte[]> ReadHeadAsync(Zone zone, string key, int count, CancellationToken cancellationToken);

    /// <summary>Copies an object inside the store (server-side on S3). Metadata is replaced when given, kept otherwise.</summary>
    Task CopyAsync(Zone fromZone, string fromKey, Zone toZone, string toKey, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken);

    /// <summary>Renames an object inside a zone and sets its metadata (a rename locally, copy + delete on S3).</summary>
    Task MoveAsync(Zone zone, string fromKey, string toKey, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken);

    /// <summary>Deletes an object; deleting a missing object is not an error.</summary>
    Task DeleteAsync(Zone zone, string key, CancellationToken cancellationToken);

    /// <summary>Every object under <paramref name="prefix"/>, recursively, in key order. Metadata is not filled in: use <see cref="StatAsync"/>.</summary>
    IAsyncEnumerable<StoredObject> ListAsync(Zone zone, string prefix, CancellationToken cancellationToken);
}
