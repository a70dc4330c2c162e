namespace Ise.Effects;

/// <summary>
/// A grain that receives outbox deliveries. Deliveries may repeat: the receiver applies each
/// (source, sequence) once and confirms by returning.
/// </summary>
public interface IEffectReceiver : IGrainWithStringKey
{
    Task ApplyEffectsAsync(EffectBatch batch);
}
