using Ecosystem.Warehouse.Schema;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Formatter.Value;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Ecosystem.Dashboard.OData;

/// <summary>
/// <c>GET /odata/{table}</c>: one page of a warehouse table as OData v4 JSON. <c>$filter</c> and <c>$orderby</c> become
/// SQL (<see cref="FeedSql"/>), <c>$select</c> trims the columns read, <c>$top</c>/<c>$skip</c> and server paging become
/// LIMIT/OFFSET over a stable order (the key), <c>$count=true</c> counts the filtered rows. A page holds at most
/// <see cref="DashboardOptions.ODataPageSize"/> rows and links the next with <c>@odata.nextLink</c>, which Power BI follows.
/// </summary>
public sealed class WarehouseFeedController(FeedModel feed, WarehouseDatabase database, IOptions<DashboardOptions> options) : ODataController
{
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        var entitySet = ((EntitySetSegment)Request.ODataFeature().Path.First()).EntitySet;
        var set = feed.Sets[entitySet.Name];
        var query = Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        try
        {
            var parser = new ODataQueryOptionParser(feed.Model, set.Type, entitySet, query);
            var filter = parser.ParseFilter();
            var orderBy = parser.ParseOrderBy();
            var select = parser.ParseSelectAndExpand();
            var (top, skip, count) = (parser.ParseTop(), parser.ParseSkip() ?? 0, parser.ParseCount());
            if (top < 0 || skip < 0)
            {
                throw new ODataException("$top and $skip must not be negative.");
            }

            var columns = Selected(set, select);
            if (select is not null)
            {
                Request.ODataFeature().SelectExpandClause = select;
            }

            var pageSize = options.Value.ODataPageSize;
            var take = Math.Min(top ?? long.MaxValue, pageSize);
            var sql = new FeedSql(set);
            var where = sql.Where(filter);
            var order = sql.OrderBy(orderBy);
            await database.MigrateAsync(cancellationToken);
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken); // the count and the page agree
            if (count == true)
            {
                Request.ODataFeature().TotalCount = Scalar(connection, $"SELECT COUNT(*) FROM {FeedSql.Quote(set.Name)}{where}", sql.Parameters);
            }

            var collection = new EdmEntityObjectCollection(new EdmCollectionTypeReference(new EdmCollectionType(new EdmEntityTypeReference(set.Type, false))));
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => FeedSql.Quote(c.Column)))} FROM {FeedSql.Quote(set.Name)}{where}{order} LIMIT $take OFFSET $skip";
                foreach (var (name, value) in sql.Parameters)
                {
                    command.Parameters.AddWithValue(name, value ?? DBNull.Value);
                }

                command.Parameters.AddWithValue("$take", take == long.MaxValue ? -1 : take + 1);
                command.Parameters.AddWithValue("$skip", skip);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (collection.Count == take)
                    {
                        // One row more than the page: there is a next page (unless $top ends here).
                        if (top is null || top > take)
                        {
                            Request.ODataFeature().NextLink = NextLink(skip + take, top is null ? null : top - take);
                        }

                        break;
                    }

                    var entity = new EdmEntityObject(set.Type);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        entity.TrySetPropertyValue(columns[i].Name, FeedValues.Read(reader, i, columns[i]));
                    }

                    collection.Add(entity);
                }
            }

            return Ok(collection);
        }
        catch (ODataException ex)
        {
            return BadRequest(new { error = new { code = "bad_query", message = ex.Message } });
        }
    }

    private static List<FeedProperty> Selected(FeedSet set, SelectExpandClause? select)
    {
        if (select is null || select.AllSelected)
        {
            return [.. set.Properties];
        }

        var names = select.SelectedItems.OfType<PathSelectItem>().Select(p => p.SelectedPath.LastSegment).OfType<PropertySegment>().Select(s => s.Property.Name).ToHashSet(StringComparer.Ordinal);
        return set.Properties.Where(p => names.Contains(p.Name) || p.IsKey).ToList();
    }

    private static long Scalar(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters) =>
        SqlQuery.List(connection, sql, r => r.GetInt64(0), [.. parameters])[0];

    private Uri NextLink(long skip, long? top)
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value).ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        query["$skip"] = skip.ToString(System.Globalization.CultureInfo.InvariantCulture);
        query.Remove("$top");
        if (top is { } t)
        {
            query["$top"] = t.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Uri(QueryHelpers.AddQueryString($"{Request.Scheme}://{Request.Host}{Request.PathBase}{Request.Path}", query));
    }
}
