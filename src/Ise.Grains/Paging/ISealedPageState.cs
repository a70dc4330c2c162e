namespace Ise.Paging;

/// <summary>The persisted rows of a sealed page (a cluster feed page, an evidence page, an audit page).</summary>
public interface ISealedPageState<TItem>
{
    List<TItem> Sealed { get; set; }
}
