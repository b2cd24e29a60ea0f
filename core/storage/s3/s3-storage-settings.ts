/** Where an S3-compatible bucket is (AWS, R2, MinIO, Ceph, GCS in S3 mode) and how to reach it. */
export type S3StorageSettings = {
	bucket: string;
	/** Every key is stored under this (for example `reelforge/`), so one bucket can hold several deployments. */
	prefix: string;
	region: string;
	/** null: AWS itself. */
	endpoint: string | null;
	/**
	 * The endpoint presigned download URLs name, where clients reach the bucket by another address than the workers do
	 * (MinIO inside a compose network as http://s3:9000, published as https://files.example.com). null: `endpoint`.
	 */
	publicEndpoint: string | null;
	forcePathStyle: boolean;
	/** null: the AWS SDK's usual chain (environment, shared config, instance or task role). */
	credentials: { accessKeyId: string; secretAccessKey: string } | null;
	/** Bytes per part of a multipart upload (files larger than one part go up in parts, 5 MiB at least). */
	partSizeBytes: number;
};
