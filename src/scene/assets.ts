/** Where the models are, relative to the page (works from any static host or sub-path). */
export const modelUrl = (name: 'bones' | 'body' | 'muscles') => `${import.meta.env.BASE_URL}models/${name}.glb`;
