/**
 * EXT_meshopt_compression as gltf-transform writes it, except that each kind of vertex stream (every
 * mesh's normals, say) is compressed as one buffer view instead of one view per mesh and attribute.
 * For 38 muscle meshes of four attributes that is a handful of views instead of 152: about 40 KB less
 * JSON in muscles.glb and 20 KB in bones.glb, and the codec sees longer streams. Still valid glTF (an
 * accessor may start anywhere in its view); three's loader and gltf-transform read it unchanged.
 */
import { EXTMeshoptCompression } from '@gltf-transform/extensions';

/** The part of gltf-transform's WriterContext this relies on (not in its public types). */
interface WriterContext {
  accessorUsageGroupedByParent: Set<string>;
}

export class EXTMeshoptSharedViews extends EXTMeshoptCompression {
  override prewrite(
    context: Parameters<EXTMeshoptCompression['prewrite']>[0],
    type: Parameters<EXTMeshoptCompression['prewrite']>[1],
  ) {
    // The writer keys a vertex accessor's view by its parent (here: itself) while ARRAY_BUFFER is
    // grouped by parent; without that the key is usage, mode, filter and stride alone.
    if (type === 'Accessor') (context as unknown as WriterContext).accessorUsageGroupedByParent.delete('ARRAY_BUFFER');
    return super.prewrite(context, type);
  }
}
