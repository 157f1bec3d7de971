using Sitrep.Core.Annotation;
using Sitrep.Core.Coding;
using Sitrep.Core.Documents;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Pipeline;

/// <summary>The one entry point: document → normalised text → annotations → event candidates → resolved events.</summary>
/// <remarks>Thread-safe after construction; every stage is stateless per document, so callers may run documents in parallel.</remarks>
public sealed class SitrepPipeline
{
    private readonly DocumentAnnotator _annotator;
    private readonly EventResolver _resolver;

    /// <summary>Builds a pipeline from its stages.</summary>
    public SitrepPipeline(DocumentAnnotator annotator, EventResolver resolver)
    {
        _annotator = annotator;
        _resolver = resolver;
    }

    /// <summary>A pipeline over the bundled lexicons and gazetteer (plus any imported gazetteer under SITREP_HOME).</summary>
    public static SitrepPipeline CreateDefault(Gazetteer? gazetteer = null)
    {
        var annotator = DocumentAnnotator.LoadBundled();
        var geocoder = new Geocoder(gazetteer ?? Gazetteer.LoadDefault());
        return new SitrepPipeline(annotator, new EventResolver(annotator.ActorTable, geocoder));
    }

    /// <summary>Annotations of a document (the first two stages), for inspection and tests.</summary>
    public DocumentAnnotations Annotate(Document document) => _annotator.Annotate(document);

    /// <summary>Events reported by <paramref name="document"/>.</summary>
    public IReadOnlyList<ResolvedEvent> Process(Document document) => Code(_annotator.Annotate(document));

    /// <summary>Events and annotations of <paramref name="document"/>, for stores that keep both.</summary>
    public (DocumentAnnotations Annotations, IReadOnlyList<ResolvedEvent> Events) ProcessWithAnnotations(Document document)
    {
        var annotations = _annotator.Annotate(document);
        return (annotations, Code(annotations));
    }

    private IReadOnlyList<ResolvedEvent> Code(DocumentAnnotations annotations)
    {
        var candidates = EventCoder.Code(annotations);
        var events = new List<ResolvedEvent>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++) events.Add(_resolver.Resolve(candidates[i], i));
        return ReportIncidents.Fold(events);
    }
}
